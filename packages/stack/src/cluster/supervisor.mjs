// Keeps replicas running: a replica that dies is started again within a second, unless it keeps
// dying (then the whole cluster stops, with its last words on screen).
import { startService } from '../processes.mjs';

const RESTART_DELAY_MS = 500;
const CRASH_WINDOW_MS = 60_000;
const MAX_CRASHES = 5;

export const createSupervisor = ({ onGiveUp, onLaunch = () => undefined }) => {
  let stopping = false;
  const running = new Map();
  /** The process ids of what runs now, by name (tests kill replicas by these). */
  const pids = () => Object.fromEntries([...running].map(([name, child]) => [name, child.pid]));

  const supervise = (name, { command, args, cwd, env }) => {
    const crashes = [];
    const launch = () => {
      const child = startService(name, command, args, { cwd, env });
      running.set(name, child);
      onLaunch(pids());
      child.on('exit', (code, signal) => {
        if (stopping) return;
        const now = Date.now();
        crashes.push(now);
        while (crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
        if (crashes.length > MAX_CRASHES) {
          console.error(`[${name}] stopped ${crashes.length} times within a minute; giving up.`);
          onGiveUp(name);
          return;
        }
        console.error(`[${name}] stopped unexpectedly (${signal ?? `exit ${code}`}); restarting.`);
        setTimeout(() => stopping || launch(), RESTART_DELAY_MS);
      });
    };
    launch();
  };

  return {
    supervise,
    pids,
    stop: () => {
      stopping = true;
    },
  };
};
