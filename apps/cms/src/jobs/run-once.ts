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

const LOCK_MS = 10 * 60_000;
const owner = `${os.hostname()}:${process.pid}`;

/** The lock's name for this run: the task and the minute it was due, the same on every replica. */
export const lockKey = (name: string, due: Date) => `derna:cron:${name}:${Math.floor(due.getTime() / 60_000)}`;

/**
 * A scheduled job that runs on one replica only: every replica's scheduler fires, the first to
 * take the job's Redis lock for this minute (SET NX PX) runs it, the others skip it. Without Redis
 * (one instance) it just runs; with Redis away it runs too, as every job here is safe to repeat.
 */
export const runOnce =
  (name: string, task: Task): ScheduledTask =>
  async ({ strapi }) => {
    const url = strapi.config.get('comments.redisUrl', '') as string;
    if (url) {
      const taken = await (await redis(url)).set(lockKey(name, new Date()), owner, 'PX', LOCK_MS, 'NX').catch(() => 'OK');
      if (taken !== 'OK') {
        strapi.log.debug(`Scheduled job ${name}: already run by another replica`);
        return undefined;
      }
    }
    return task({ strapi });
  };
