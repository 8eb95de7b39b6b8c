import os from 'node:os';
import Redis from 'ioredis';
import type { Core } from '@strapi/strapi';

type Task = ({ strapi }: { strapi: Core.Strapi }) => unknown;
type ScheduledTask = ({ strapi }: { strapi: Core.Strapi }) => Promise<unknown>;

let client: Redis | undefined;
/** The lock's Redis connection, made at the first job and kept; waits up to 3 s for it to be ready. */
const redis = async (url: string) => {
  if (!client) {
    client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on('error', () => undefined);
  }
  const connection = client;
  if (connection.status !== 'ready') {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 3000);
      connection.once('ready', () => resolve(clearTimeout(timer)));
    });
  }
  return connection;
};

const MINUTE_MS = 60_000;
const owner = `${os.hostname()}:${process.pid}`;

/** The lock's name for one run: the task and the period it was due in, the same on every replica. */
export const lockKey = (name: string, due: Date, periodMs = MINUTE_MS) => `derna:cron:${name}:${periodMs}:${Math.floor(due.getTime() / periodMs)}`;

/**
 * A scheduled job that runs on one replica only: every replica's scheduler fires, the first to
 * take the job's Redis lock for this period (SET NX PX) runs it, the others skip it. `periodMs` is
 * how often the job is scheduled (a minute; a second for a job that ticks every second), so a
 * run is never skipped for one made earlier in the same minute. Without Redis (one instance) it
 * just runs; with Redis away it runs too, as every job here is safe to repeat.
 */
export const runOnce =
  (name: string, task: Task, periodMs = MINUTE_MS): ScheduledTask =>
  async ({ strapi }) => {
    const url = strapi.config.get('comments.redisUrl', '') as string;
    if (url) {
      // Kept ten periods: replicas whose clocks differ a little still find the same lock.
      const taken = await (await redis(url)).set(lockKey(name, new Date(), periodMs), owner, 'PX', periodMs * 10, 'NX').catch(() => 'OK');
      if (taken !== 'OK') {
        strapi.log.debug(`Scheduled job ${name}: already run by another replica`);
        return undefined;
      }
    }
    return task({ strapi });
  };
