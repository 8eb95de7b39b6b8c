import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const cmsDir = path.join(repoRoot, 'apps', 'cms');
export const webDir = path.join(repoRoot, 'apps', 'web');
export const envFile = path.join(repoRoot, '.env');
export const bin = (appDir, name) => path.join(appDir, 'node_modules', '.bin', name);
