import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export type ScratchDatabase = {
  kind: 'sqlite' | 'postgres';
  /** Env for Strapi: DATABASE_FILENAME or DATABASE_URL. */
  env: Record<string, string>;
  drop: () => Promise<void>;
};

const scratchName = () => `derna_test_${crypto.randomBytes(6).toString('hex')}`;

/** A brand-new empty SQLite file in a temporary folder. */
export const scratchSqlite = async (): Promise<ScratchDatabase> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'derna-db-'));
  return {
    kind: 'sqlite',
    env: { DATABASE_FILENAME: path.join(dir, 'data.db') },
    drop: () => fs.rm(dir, { recursive: true, force: true }),
  };
};

/** A brand-new PostgreSQL database on the server `serverUrl` points at, dropped afterwards. */
export const scratchPostgres = async (serverUrl: string): Promise<ScratchDatabase> => {
  const name = scratchName();
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
};

/** PostgreSQL when TEST_DATABASE_URL names a server, SQLite otherwise. */
export const scratchDatabase = (): Promise<ScratchDatabase> =>
  process.env.TEST_DATABASE_URL ? scratchPostgres(process.env.TEST_DATABASE_URL) : scratchSqlite();
