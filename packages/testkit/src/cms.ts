import fs from 'node:fs';
import path from 'node:path';
import { cmsDir, startCommand } from './paths';
import { freePort, waitForHttp } from './ports';
import { killManaged, spawnManaged, stopManaged, type ManagedProcess } from './process';
import { testSecrets } from './secrets';
import { scratchDatabase, type ScratchDatabase } from './database';

export type CmsServer = {
  url: string;
  port: number;
  env: NodeJS.ProcessEnv;
  database: ScratchDatabase;
  output: () => string;
  /** Graceful stop (SIGTERM). */
  stop: () => Promise<void>;
  /** Crash it (SIGKILL). */
  kill: () => Promise<void>;
  /** Start it again on the same port and database. */
  restart: () => Promise<void>;
  /** Stop it and drop its database. */
  destroy: () => Promise<void>;
};

export type StartCmsOptions = { env?: Record<string, string>; database?: ScratchDatabase; port?: number };

const WITHOUT_DATABASE_ENV = (env: NodeJS.ProcessEnv) => {
  const { DATABASE_URL: _url, DATABASE_FILENAME: _file, ...rest } = env;
  return rest;
};

/** Boots the real, compiled Strapi (its `start` script: `strapi start` and the node flags) on a free port with a scratch database. */
export const startCms = async ({ env = {}, database, port }: StartCmsOptions = {}): Promise<CmsServer> => {
  if (!fs.existsSync(path.join(cmsDir, 'dist', 'src', 'index.js'))) {
    throw new Error('The CMS is not compiled: run `pnpm --filter cms build:server` first.');
  }
  const db = database ?? (await scratchDatabase());
  const cmsPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${cmsPort}`;
  const serveAdmin = fs.existsSync(path.join(cmsDir, 'dist', 'build', 'index.html'));
  const processEnv: NodeJS.ProcessEnv = {
    ...WITHOUT_DATABASE_ENV(process.env),
    ...testSecrets(),
    NODE_ENV: 'test',
    CMS_HOST: '127.0.0.1',
    CMS_PORT: String(cmsPort),
    CMS_SERVE_ADMIN: String(serveAdmin),
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    ...db.env,
    ...env,
  };

  let current: ManagedProcess;
  const boot = async () => {
    const start = startCommand(cmsDir, []);
    current = spawnManaged(start.command, start.args, { cwd: cmsDir, env: processEnv });
    const died = current.exited.then((code) => {
      throw new Error(`Strapi exited (${code}) before it was ready:\n${current.output()}`);
    });
    await Promise.race([waitForHttp(`${url}/_health`), died]);
    died.catch(() => undefined);
  };
  await boot();

  return {
    url,
    port: cmsPort,
    env: processEnv,
    database: db,
    output: () => current.output(),
    stop: () => stopManaged(current),
    kill: () => killManaged(current),
    restart: boot,
    destroy: async () => {
      await stopManaged(current);
      await db.drop();
    },
  };
};
