import { spawn, type ChildProcess } from 'node:child_process';

export type ManagedProcess = {
  child: ChildProcess;
  /** The last lines the process printed, for failure messages. */
  output: () => string;
  exited: Promise<number | null>;
};

export const spawnManaged = (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): ManagedProcess => {
  const lines: string[] = [];
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
    if (process.env.TESTKIT_VERBOSE) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => lines.join('\n'), exited };
};

const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
};

/** SIGTERM, then SIGKILL after a grace period. */
export const stopManaged = async ({ child, exited }: ManagedProcess, graceMs = 10_000): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
};

/** SIGKILL at once: a crash, not a shutdown. */
export const killManaged = async ({ child, exited }: ManagedProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  signalGroup(child, 'SIGKILL');
  await exited;
};

/** Runs a command to completion; rejects with its last output lines when it fails. */
export const runManaged = async (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> => {
  const managed = spawnManaged(command, args, options);
  const code = await managed.exited;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${managed.output()}`);
};
