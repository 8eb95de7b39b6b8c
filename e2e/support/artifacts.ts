import fs from 'node:fs';
import path from 'node:path';

const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

/** e2e/artifacts/<journey>/, emptied so that a passing run leaves no old failure behind. */
export const freshArtifactDir = (journey: string) => {
  const dir = path.join(ARTIFACTS, journey);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};
