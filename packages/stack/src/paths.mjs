import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const cmsDir = path.join(repoRoot, 'apps', 'cms');
export const webDir = path.join(repoRoot, 'apps', 'web');
export const envFile = path.join(repoRoot, '.env');
export const bin = (appDir, name) => path.join(appDir, 'node_modules', '.bin', name);

/**
 * An app's `start` script (apps/cms or apps/web package.json), run directly rather than through
 * pnpm (one process fewer): the node flags in it are part of how the app runs.
 */
export const startCommand = (appDir, args) => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(appDir, 'package.json'), 'utf8'));
  const [program, ...words] = scripts.start.split(/\s+/);
  return { command: program === 'node' ? process.execPath : program, args: [...words, ...args] };
};
