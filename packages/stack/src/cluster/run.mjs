// `derna-stack cluster` (pnpm start:cluster): the production roles on one machine. An nginx edge
// in front of WEB_REPLICAS site replicas and CMS_REPLICAS Strapi replicas, all on one PostgreSQL
// and one Redis, built once, supervised, stopped together.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { bin, cmsDir, envFile, startCommand, webDir } from '../paths.mjs';
import { ensureLocalSecrets, loadEnv } from '../env-file.mjs';
import { demoAccountEnv, describeAccounts } from '../demo-accounts.mjs';
import { run, stopAll, waitForHttp } from '../processes.mjs';
import { clusterSettings } from './settings.mjs';
import { prepareEdge, UPSTREAM_FAIL_TIMEOUT_SECONDS } from './edge.mjs';
import { createSupervisor } from './supervisor.mjs';

const portIsFree = (port) =>
  new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });

const requireNginx = () => {
  if (spawnSync('nginx', ['-v'], { stdio: 'ignore' }).error) {
    throw new Error("start:cluster needs nginx for its edge: install Debian's with `apt-get install -y nginx-light`.");
  }
};

export const runCluster = async () => {
  if (process.env.NODE_ENV !== 'production') {
    const added = ensureLocalSecrets(envFile);
    if (added.length) console.log(`Generated local secrets into .env: ${added.join(', ')}`);
  }
  const fileEnv = loadEnv(envFile);
  let settings;
  try {
    settings = clusterSettings(fileEnv);
    requireNginx();
    const busy = [];
    for (const port of settings.ports) if (!(await portIsFree(port))) busy.push(port);
    if (busy.length) throw new Error(`Port ${busy.join(', ')} is in use: stop what holds it or set EDGE_PORT, CMS_EDGE_PORT, WEB_PORT, CMS_PORT.`);
  } catch (error) {
    console.error(error.message);
    return 1;
  }
  const { edgePort, cmsEdgePort, webPorts, cmsPorts, siteUrl, cmsPublicUrl } = settings;
  const edgeUrl = `http://127.0.0.1:${edgePort}`;
  const cmsEdgeUrl = `http://127.0.0.1:${cmsEdgePort}`;
  const base = {
    ...fileEnv,
    ...demoAccountEnv(fileEnv),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    STRAPI_TELEMETRY_DISABLED: 'true',
    DATABASE_URL: settings.databaseUrl,
    REDIS_URL: settings.redisUrl,
    SITE_URL: siteUrl,
    WEB_URL: siteUrl,
    CMS_PUBLIC_URL: cmsPublicUrl,
  };
  // Every CMS replica runs from apps/cms, so uploads land in one shared folder (public/uploads).
  const cmsEnv = (port) => ({
    ...base,
    CMS_HOST: '127.0.0.1',
    CMS_PORT: String(port),
    CMS_TRUST_PROXY: 'true',
    // Revalidation goes through the edge to any site replica: the cache they share is in Redis.
    WEB_INTERNAL_URL: edgeUrl,
  });
  // EDGE_URL: the site replaces a changed story's copy at the edge (REVALIDATE_SECRET, from base).
  const webEnv = { ...base, CMS_URL: cmsEdgeUrl, NEXT_DIST_DIR: settings.webDistDir, TRUSTED_PROXY_HOPS: '1', EDGE_URL: edgeUrl };

  // For tests: which process is which replica, and whether the cluster is ready.
  const stateFile = fileEnv.CLUSTER_STATE_FILE;
  let ready = false;
  const writeState = (pids) => stateFile && fs.writeFileSync(stateFile, JSON.stringify({ ready, pids }, null, 2));
  let stopping = false;
  const supervisor = createSupervisor({ onGiveUp: () => shutdown(1), onLaunch: writeState });
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    supervisor.stop();
    console.log('\nStopping the edge and every replica…');
    await stopAll();
    process.exit(code);
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  try {
    if (!fs.existsSync(path.join(cmsDir, 'dist', 'build', 'index.html'))) {
      console.log('First run: building the CMS (about a minute)…');
      await run(bin(cmsDir, 'strapi'), ['build'], { cwd: cmsDir, env: base });
    }
    const edgeDir = path.join(os.tmpdir(), `derna-edge-${edgePort}`);
    supervisor.supervise('edge', { ...prepareEdge(edgeDir, settings), cwd: edgeDir, env: process.env });

    // The first CMS replica alone: it creates the schema and seeds the story; the others then join.
    const cms = (port, i) => supervisor.supervise(`cms-${i + 1}`, { ...startCommand(cmsDir, []), cwd: cmsDir, env: cmsEnv(port) });
    cms(cmsPorts[0], 0);
    await waitForHttp(`http://127.0.0.1:${cmsPorts[0]}/_health`);
    cmsPorts.slice(1).forEach((port, i) => cms(port, i + 1));
    await Promise.all(cmsPorts.map((port) => waitForHttp(`http://127.0.0.1:${port}/_health`)));

    if (!fs.existsSync(path.join(webDir, settings.webDistDir, 'BUILD_ID'))) {
      console.log(`First run: building the site into apps/web/${settings.webDistDir}…`);
      await run(bin(webDir, 'next'), ['build'], { cwd: webDir, env: webEnv });
    }
    webPorts.forEach((port, i) =>
      supervisor.supervise(`web-${i + 1}`, {
        ...startCommand(webDir, ['--port', String(port), '--hostname', '127.0.0.1']),
        cwd: webDir,
        env: webEnv,
      }),
    );
    await Promise.all(webPorts.map((port) => waitForHttp(`http://127.0.0.1:${port}/`)));
    // The CMS tells the site of its first changes through the edge, and may have done so before
    // the replicas listened: each nginx worker that saw that keeps both replicas out for
    // fail_timeout (counted in whole seconds), answering 502 "no live upstreams" meanwhile, even
    // after another worker has answered the check below. Let those marks lapse first.
    await sleep((UPSTREAM_FAIL_TIMEOUT_SECONDS + 1) * 1000);
    await waitForHttp(`${edgeUrl}/`);

    const accounts = describeAccounts(base)
      .map(({ role, email, password }) => `    ${role.padEnd(12)} ${email} / ${password}`)
      .join('\n');
    console.log(`
  Derna newsroom cluster is running: an nginx edge, ${webPorts.length} site and ${cmsPorts.length} CMS replicas. Ctrl-C stops it all.

    Site     ${siteUrl}
    Story    ${siteUrl}/news/libya-haftars-army-in-control-of-derna
    Admin    ${cmsPublicUrl}/admin
    Replicas site ${webPorts.join(', ')} · CMS ${cmsPorts.join(', ')} (127.0.0.1 only; readers go through the edge)

  Demo accounts (change them before going public):
${accounts}
`);
    ready = true;
    writeState(supervisor.pids());
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
  return undefined;
};
