import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { adminLogin, type AdminSession } from './admin';
import { scratchPostgres, type ScratchDatabase } from './database';
import { repoRoot, webDir } from './paths';
import { freePort } from './ports';
import { spawnManaged, stopManaged, type ManagedProcess } from './process';
import { testSecrets } from './secrets';

export type ClusterState = { ready: boolean; pids: Record<string, number> };

export type Cluster = {
  edgeUrl: string;
  cmsEdgeUrl: string;
  webUrls: string[];
  cmsUrls: string[];
  moderator: AdminSession;
  editor: AdminSession;
  previewSecret: string;
  /** The CMS's, the site's and the edge's shared secret (revalidation, X-Edge-Refresh). */
  revalidateSecret: string;
  redis: TestRedis;
  state: () => ClusterState;
  output: () => string;
  stop: () => Promise<void>;
};

export type TestRedis = { port: number; url: string; stop: () => Promise<void>; start: () => Promise<void> };

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** `count` consecutive free ports (replicas take WEB_PORT, WEB_PORT+1, …). */
const freeRun = async (count: number): Promise<number> => {
  for (;;) {
    const first = await freePort();
    const ports = Array.from({ length: count }, (_, i) => first + i);
    if ((await Promise.all(ports.map(canListen))).every(Boolean)) return first;
  }
};

export const waitUntil = async (check: () => Promise<boolean> | boolean, timeoutMs: number, what: string, everyMs = 200) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
};

/** A Redis of the test's own (the machine's is never stopped), on a free port. */
export const startRedis = async (): Promise<TestRedis> => {
  const port = await freePort();
  let server: ManagedProcess | undefined;
  const ping = () =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end('PING\r\n'));
      socket.once('data', (data) => resolve(data.toString().startsWith('+PONG')));
      socket.once('error', () => resolve(false));
    });
  const start = async () => {
    server = spawnManaged('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { cwd: os.tmpdir(), env: process.env });
    await waitUntil(ping, 10_000, `redis-server on ${port}`);
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, start, stop: async () => server && stopManaged(server) };
};

// The demo accounts start:cluster seeds (apps/cms/data/seed/demo-accounts.json).
const DEMO = { moderator: ['moderator@derna.local', 'Derna-moderator-2026'], editor: ['editor@derna.local', 'Derna-editor-2026'] };

/**
 * A real `pnpm start:cluster` (packages/stack/bin/derna-cluster.mjs): an nginx edge, two site and
 * two CMS replicas on a scratch PostgreSQL database and the test's own Redis, built into
 * apps/web/.next-cluster-test (rebuilt every run).
 */
export type StartClusterOptions = {
  /** nginx access log of every request and background refresh, with its upstream (benchmarks). */
  edgeAccessLog?: string;
  env?: Record<string, string>;
};

export const startCluster = async ({ edgeAccessLog, env = {} }: StartClusterOptions = {}): Promise<Cluster> => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const database: ScratchDatabase = await scratchPostgres(serverUrl);
  const redis = await startRedis();
  const [edgePort, webPort, cmsPort] = [await freeRun(2), await freeRun(2), await freeRun(2)];
  const stateFile = path.join(os.tmpdir(), `derna-cluster-test-${process.pid}.json`);
  const distDir = '.next-cluster-test';
  fs.rmSync(path.join(webDir, distDir), { recursive: true, force: true });
  const secrets = testSecrets();
  const { DATABASE_URL: _url, DATABASE_FILENAME: _file, ...inherited } = process.env;
  const cluster = spawnManaged(process.execPath, [path.join(repoRoot, 'packages', 'stack', 'bin', 'derna-cluster.mjs')], {
    cwd: repoRoot,
    env: {
      ...inherited,
      ...secrets,
      NODE_ENV: 'production',
      ...database.env,
      REDIS_URL: redis.url,
      EDGE_PORT: String(edgePort),
      CMS_EDGE_PORT: String(edgePort + 1),
      WEB_PORT: String(webPort),
      CMS_PORT: String(cmsPort),
      CLUSTER_STATE_FILE: stateFile,
      CLUSTER_NEXT_DIST_DIR: distDir,
      CLUSTER_SITE_URL: `http://127.0.0.1:${edgePort}`,
      CLUSTER_CMS_PUBLIC_URL: `http://127.0.0.1:${edgePort + 1}`,
      ...(edgeAccessLog ? { CLUSTER_EDGE_ACCESS_LOG: edgeAccessLog } : {}),
      ...env,
    },
  });
  const state = (): ClusterState => (fs.existsSync(stateFile) ? JSON.parse(fs.readFileSync(stateFile, 'utf8')) : { ready: false, pids: {} });
  const stop = async () => {
    await stopManaged(cluster, 20_000);
    await redis.stop();
    await database.drop().catch(() => undefined);
    fs.rmSync(stateFile, { force: true });
  };
  try {
    const died = cluster.exited.then((code) => {
      throw new Error(`start:cluster exited (${code}) before it was ready:\n${cluster.output()}`);
    });
    await Promise.race([waitUntil(() => state().ready, 600_000, 'start:cluster ready'), died]);
    died.catch(() => undefined);
    const cmsEdgeUrl = `http://127.0.0.1:${edgePort + 1}`;
    return {
      edgeUrl: `http://127.0.0.1:${edgePort}`,
      cmsEdgeUrl,
      webUrls: [webPort, webPort + 1].map((port) => `http://127.0.0.1:${port}`),
      cmsUrls: [cmsPort, cmsPort + 1].map((port) => `http://127.0.0.1:${port}`),
      moderator: await adminLogin(cmsEdgeUrl, ...(DEMO.moderator as [string, string])),
      editor: await adminLogin(cmsEdgeUrl, ...(DEMO.editor as [string, string])),
      previewSecret: secrets.PREVIEW_SECRET,
      revalidateSecret: secrets.REVALIDATE_SECRET,
      redis,
      state,
      output: cluster.output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One HTTP request from a chosen loopback address (127.x.y.z): each simulated reader connects from
 * an address of its own, as readers do, so the edge's X-Forwarded-For tells them apart.
 */
export const requestFrom = (
  localAddress: string,
  url: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers, localAddress, agent: false, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`timeout: ${url}`)));
    request.on('error', reject);
    request.end(body);
  });

