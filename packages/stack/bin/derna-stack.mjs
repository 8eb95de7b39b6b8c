#!/usr/bin/env node
// Runs the whole stack: `derna-stack start` (production build) or `derna-stack dev` (watch mode).
import fs from 'node:fs';
import path from 'node:path';
import { bin, cmsDir, envFile, startCommand, webDir } from '../src/paths.mjs';
import { ensureLocalSecrets, loadEnv } from '../src/env-file.mjs';
import { demoAccountEnv, describeAccounts } from '../src/demo-accounts.mjs';
import { run, startService, stopAll, waitForHttp } from '../src/processes.mjs';

const mode = process.argv[2] ?? 'start';
if (mode === 'backup' || mode === 'restore') {
  const { runBackupCommand } = await import('../src/backup.mjs');
  process.exit(await runBackupCommand(mode, process.argv[3]));
}
if (!['start', 'dev'].includes(mode)) {
  console.error('Usage: derna-stack start|dev|backup [file]|restore <file>');
  process.exit(2);
}
const production = mode === 'start';

if (process.env.NODE_ENV !== 'production') {
  const added = ensureLocalSecrets(envFile);
  if (added.length) console.log(`Generated local secrets into .env: ${added.join(', ')}`);
}
const fileEnv = loadEnv(envFile);
const cmsPort = fileEnv.CMS_PORT ?? '1337';
const webPort = fileEnv.WEB_PORT ?? '3000';
const siteUrl = fileEnv.SITE_URL ?? `http://localhost:${webPort}`;
const env = {
  ...fileEnv,
  ...demoAccountEnv(fileEnv),
  NODE_ENV: production ? 'production' : 'development',
  CMS_PORT: cmsPort,
  CMS_URL: fileEnv.CMS_URL ?? `http://127.0.0.1:${cmsPort}`,
  CMS_PUBLIC_URL: fileEnv.CMS_PUBLIC_URL ?? `http://localhost:${cmsPort}`,
  SITE_URL: siteUrl,
  WEB_URL: siteUrl,
  NEXT_TELEMETRY_DISABLED: '1',
  STRAPI_TELEMETRY_DISABLED: 'true',
};

let stopping = false;
const shutdown = async (code) => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the CMS and the site…');
  await stopAll();
  process.exit(code);
};
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

const service = (name, dir, { command, args }) => {
  const child = startService(name, command, args, { cwd: dir, env });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[${name}] stopped unexpectedly (${signal ?? `exit ${code}`})`);
    shutdown(1);
  });
};

try {
  if (production && !fs.existsSync(path.join(cmsDir, 'dist', 'build', 'index.html'))) {
    console.log('First run: building the CMS (about a minute)…');
    await run(bin(cmsDir, 'strapi'), ['build'], { cwd: cmsDir, env });
  }
  service('cms', cmsDir, production ? startCommand(cmsDir, []) : { command: bin(cmsDir, 'strapi'), args: ['develop'] });
  await waitForHttp(`${env.CMS_URL}/_health`);

  // The site is built against a running CMS, so its pages are prerendered with real content.
  if (production && !fs.existsSync(path.join(webDir, '.next', 'BUILD_ID'))) {
    console.log('First run: building the site…');
    await run(bin(webDir, 'next'), ['build'], { cwd: webDir, env });
  }
  service(
    'web',
    webDir,
    production ? startCommand(webDir, ['--port', webPort]) : { command: bin(webDir, 'next'), args: ['dev', '--port', webPort] },
  );
  await waitForHttp(siteUrl);

  const accounts = describeAccounts(env)
    .map(({ role, email, password }) => `    ${role.padEnd(12)} ${email} / ${password}`)
    .join('\n');
  console.log(`
  Derna newsroom is running (${production ? 'production' : 'development'} mode). Ctrl-C stops both apps.

    Site     ${siteUrl}
    Story    ${siteUrl}/news/libya-haftars-army-in-control-of-derna
    Admin    ${env.CMS_PUBLIC_URL}/admin

  Demo accounts (change them before going public):
${accounts}
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
