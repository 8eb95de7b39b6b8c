import { appBin, startCommand, webDir } from './paths';
import { freePort, waitForHttp } from './ports';
import { runManaged, spawnManaged, stopManaged, type ManagedProcess } from './process';

export type WebServer = {
  url: string;
  port: number;
  env: NodeJS.ProcessEnv;
  output: () => string;
  /** Graceful stop (SIGTERM). */
  stop: () => Promise<void>;
};

export type StartWebOptions = {
  /** The CMS the site is built against and reads from. */
  cmsUrl: string;
  /** Extra env for build and server: secrets (REVALIDATE_SECRET, PREVIEW_SECRET, CMS_API_TOKEN)… */
  env?: Record<string, string>;
  port?: number;
  /** Build folder inside apps/web, apart from the developer's `.next`. */
  distDir?: string;
};

/**
 * Builds the real site (`next build`) against a running CMS, then serves it with `next start`
 * on a free port: the HTML a reader gets, from Next's real cache.
 */
export const startWeb = async ({ cmsUrl, env = {}, port, distDir = '.next-test' }: StartWebOptions): Promise<WebServer> => {
  const webPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${webPort}`;
  const processEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
    CMS_URL: cmsUrl,
    SITE_URL: url,
    ...env,
  };
  await runManaged(appBin(webDir, 'next'), ['build'], { cwd: webDir, env: processEnv });

  const start = startCommand(webDir, ['--port', String(webPort), '--hostname', '127.0.0.1']);
  const server: ManagedProcess = spawnManaged(start.command, start.args, { cwd: webDir, env: processEnv });
  const died = server.exited.then((code) => {
    throw new Error(`next start exited (${code}) before it was ready:\n${server.output()}`);
  });
  await Promise.race([waitForHttp(url), died]);
  died.catch(() => undefined);

  return { url, port: webPort, env: processEnv, output: () => server.output(), stop: () => stopManaged(server) };
};
