import fs from 'node:fs';
import path from 'node:path';
import { bin, cmsDir, envFile, repoRoot } from './paths.mjs';
import { loadEnv } from './env-file.mjs';
import { run } from './processes.mjs';

const defaultFile = () => path.join(repoRoot, 'backups', `derna-${new Date().toISOString().replace(/[:.]/g, '-')}`);

/**
 * `backup [file]`: Strapi's own export (content, media, configuration) into file.tar.gz.
 * `restore <file>`: imports it into the configured database, replacing what is there.
 * Both read the database settings from the environment or .env, as the CMS does.
 */
export const runBackupCommand = async (mode, fileArgument) => {
  const env = { ...loadEnv(envFile), STRAPI_TELEMETRY_DISABLED: 'true' };
  const strapi = bin(cmsDir, 'strapi');
  try {
    if (mode === 'backup') {
      const file = path.resolve(fileArgument ?? defaultFile()).replace(/\.tar(\.gz)?$/, '');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await run(strapi, ['export', '--no-encrypt', '--file', file], { cwd: cmsDir, env });
      console.log(`Backup written to ${file}.tar.gz`);
    } else {
      if (!fileArgument) throw new Error('Usage: pnpm restore <backup file .tar.gz>');
      const file = path.resolve(fileArgument);
      if (!fs.existsSync(file)) throw new Error(`No backup at ${file}`);
      await run(strapi, ['import', '--file', file, '--force'], { cwd: cmsDir, env });
      console.log(`Restored ${file}`);
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
};
