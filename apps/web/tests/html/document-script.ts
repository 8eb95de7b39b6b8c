import { spawn } from 'node:child_process';
import { cmsDir } from '@derna/testkit';
import { stack } from './stack';

/**
 * Runs `body` in a Node process that loads the compiled Strapi (no HTTP server) on the test CMS's
 * database, as a maintenance script or `strapi console` does; `app` is the loaded Strapi.
 */
export const runDocumentScript = (body: string, timeoutMs = 90_000) =>
  new Promise<string>((resolve, reject) => {
    const code = `
      const { createStrapi } = require('@strapi/strapi');
      (async () => {
        const app = await createStrapi({ appDir: process.cwd(), distDir: require('path').join(process.cwd(), 'dist') }).load();
        try { ${body} } finally { await app.destroy(); }
      })().then(() => process.exit(0), (error) => { console.error(error); process.exit(1); });`;
    const child = spawn(process.execPath, ['-e', code], { cwd: cmsDir, env: { ...process.env, ...stack.cmsEnv() } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`The script exited with ${code}:\n${output}`));
    });
  });
