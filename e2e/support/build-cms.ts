import fs from 'node:fs';
import path from 'node:path';
import { cmsDir, repoRoot, runManaged, testSecrets } from '@derna/testkit';
import { timed } from './log';

// A build loads the CMS config, which requires its secrets; throwaway ones do for a build.
const buildEnv = () => ({ ...testSecrets(), ...process.env });

const cmsScript = (script: string) => runManaged('pnpm', ['--filter', 'cms', script], { cwd: repoRoot, env: buildEnv() });

/**
 * The CMS serves its admin UI only when the admin bundle exists. Bundling takes over a minute,
 * so it happens only when missing; the server code is always compiled afresh.
 */
export const buildCms = async () => {
  if (!fs.existsSync(path.join(cmsDir, 'dist', 'build', 'index.html'))) await timed('Building the CMS admin UI', () => cmsScript('build'));
  await timed('Compiling the CMS server', () => cmsScript('build:server'));
};
