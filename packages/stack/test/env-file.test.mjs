import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ensureLocalSecrets, GENERATED_SECRETS, loadEnv } from '../src/env-file.mjs';

const tempEnv = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'derna-env-')), '.env');

test('generates every secret into a new .env, readable only by its owner', () => {
  const file = tempEnv();
  const added = ensureLocalSecrets(file, {});
  assert.deepEqual(added, Object.keys(GENERATED_SECRETS));
  const env = loadEnv(file, {});
  for (const name of added) assert.ok(env[name]?.length >= 16, name);
  assert.equal(env.APP_KEYS.split(',').length, 4);
  assert.equal(fs.statSync(file).mode & 0o077, 0);
});

test('keeps existing values and adds only what is missing', () => {
  const file = tempEnv();
  fs.writeFileSync(file, 'APP_KEYS=mine\nCMS_PORT=4000\n');
  const added = ensureLocalSecrets(file, {});
  assert.ok(!added.includes('APP_KEYS'));
  const env = loadEnv(file, {});
  assert.equal(env.APP_KEYS, 'mine');
  assert.equal(env.CMS_PORT, '4000');
  assert.deepEqual(ensureLocalSecrets(file, {}), []);
});

test('the real environment wins over .env', () => {
  const file = tempEnv();
  fs.writeFileSync(file, 'CMS_PORT=4000\n');
  assert.equal(loadEnv(file, { CMS_PORT: '5000' }).CMS_PORT, '5000');
});
