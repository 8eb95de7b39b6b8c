import fs from 'node:fs';

export const numericDirs = () => fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));

const listeningInode = (port: number): string | undefined => {
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const columns = line.trim().split(/\s+/);
      const localPort = parseInt(columns[1]?.split(':').at(-1) ?? '', 16);
      if (columns[3] === '0A' && localPort === port) return columns[9];
    }
  }
  return undefined;
};

/** The process listening on a loopback port (found through /proc, like `ss -p`). */
export const pidListeningOn = (port: number): number => {
  const inode = listeningInode(port);
  for (const pid of inode ? numericDirs() : []) {
    try {
      if (fs.readdirSync(`/proc/${pid}/fd`).some((fd) => fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`)) return Number(pid);
    } catch {
      /* gone, or not ours */
    }
  }
  throw new Error(`No process listens on port ${port}`);
};

/** The fields of /proc/<pid>/stat after the command name (state, ppid, pgrp, …). */
export const statFields = (pid: string | number) => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
};

/** The process group: testkit starts each server detached, so its group is its whole tree. */
export const processGroupOf = (pid: number): number => Number(statFields(pid)[2]);

/** Resident memory of every process in a group, in MB (VmRSS from /proc/<pid>/status). */
export const groupRssMb = (pgid: number): number => {
  let kb = 0;
  for (const pid of numericDirs()) {
    try {
      if (Number(statFields(pid)[2]) !== pgid) continue;
      kb += Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0);
    } catch {
      /* exited meanwhile */
    }
  }
  return kb / 1024;
};

/** Samples the groups' RSS every `everyMs` until stopped; returns each group's maximum. */
export const sampleRss = <Name extends string>(groups: Record<Name, number>, everyMs = 200) => {
  const max = Object.fromEntries(Object.keys(groups).map((name) => [name, 0])) as Record<Name, number>;
  const sample = () => {
    for (const name of Object.keys(groups) as Name[]) max[name] = Math.max(max[name], groupRssMb(groups[name]));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    sample();
    return max;
  };
};
