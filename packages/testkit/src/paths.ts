import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const cmsDir = path.join(repoRoot, 'apps', 'cms');
export const webDir = path.join(repoRoot, 'apps', 'web');
export const appBin = (appDir: string, name: string) => path.join(appDir, 'node_modules', '.bin', name);
