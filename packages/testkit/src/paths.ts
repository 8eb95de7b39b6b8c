import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const cmsDir = path.join(repoRoot, 'apps', 'cms');
export const webDir = path.join(repoRoot, 'apps', 'web');
export const appBin = (appDir: string, name: string) => path.join(appDir, 'node_modules', '.bin', name);

/**
 * An app's `start` script (apps/cms or apps/web package.json), run directly rather than through
 * pnpm: the node flags in it are part of how the app runs, and tests and benchmarks must see them too.
 */
export const startCommand = (appDir: string, args: string[]): { command: string; args: string[] } => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(appDir, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [program = '', ...words] = scripts.start.split(/\s+/);
  return { command: program === 'node' ? process.execPath : program, args: [...words, ...args] };
};
