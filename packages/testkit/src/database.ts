import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';

export type ScratchDatabase = {
  kind: 'sqlite' | 'postgres';
  /** Env for Strapi: DATABASE_FILENAME or DATABASE_URL. */
  env: Record<string, string>;
  /** Runs SQL straight on the database, behind Strapi's back (stop the CMS first). */
  execute: (sql: string) => Promise<void>;
  drop: () => Promise<void>;
};

const executeOnPostgres = async (url: string, sql: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const scratchName = () => `derna_test_${crypto.randomBytes(6).toString('hex')}`;

/** A brand-new empty SQLite file in a temporary folder. */
export const scratchSqlite = async (): Promise<ScratchDatabase> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'derna-db-'));
  const file = path.join(dir, 'data.db');
  return {
    kind: 'sqlite',
    env: { DATABASE_FILENAME: file },
    execute: async (sql) => {
      const db = new Database(file);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
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
    execute: (sql) => executeOnPostgres(url.toString(), sql),
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
