import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { clusterSettings } from '../src/cluster/settings.mjs';
import { EDGE_TEMPLATE, prepareEdge, renderEdgeTemplate } from '../src/cluster/edge.mjs';

const env = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/derna',
  REDIS_URL: 'redis://127.0.0.1:6379',
  // As long as the ones the stack generates (48 hex characters) and more.
  REVALIDATE_SECRET: 'abcdef0123456789'.repeat(6),
};

test('start:cluster refuses SQLite and a missing Redis, saying what to set', () => {
  assert.throws(() => clusterSettings({ ...env, DATABASE_URL: undefined }), /needs PostgreSQL: set DATABASE_URL=postgres:/);
  assert.throws(() => clusterSettings({ ...env, DATABASE_URL: 'file:.tmp/data.db' }), /SQLite/);
  assert.throws(() => clusterSettings({ ...env, REDIS_URL: '' }), /needs Redis: set REDIS_URL/);
});

test('start:cluster refuses a missing, short or unquotable REVALIDATE_SECRET (the edge holds it)', () => {
  for (const secret of [undefined, '', 'short', 'abcdef0123456789"; deny all; #']) {
    assert.throws(() => clusterSettings({ ...env, REVALIDATE_SECRET: secret }), /needs REVALIDATE_SECRET/);
  }
});

test('start:cluster numbers the replicas from WEB_PORT and CMS_PORT', () => {
  const settings = clusterSettings({ ...env, WEB_REPLICAS: '3' });
  assert.deepEqual(settings.webPorts, [3000, 3001, 3002]);
  assert.deepEqual(settings.cmsPorts, [1337, 1338]);
  assert.equal(settings.edgePort, 8080);
  assert.throws(() => clusterSettings({ ...env, WEB_PORT: '1337' }), /Port 1337 is given twice/);
});

test('the edge template takes exactly its six variables and leaves nginx its own', () => {
  const template = fs.readFileSync(EDGE_TEMPLATE, 'utf8');
  const names = new Set([...template.matchAll(/\$\{([A-Za-z_]+)\}/g)].map((match) => match[1]));
  assert.deepEqual([...names].sort(), ['CMS_EDGE_PORT', 'CMS_UPSTREAM_SERVERS', 'EDGE_CACHE_DIR', 'EDGE_PORT', 'EDGE_REFRESH_SECRET', 'WEB_UPSTREAM_SERVERS']);
  assert.equal(renderEdgeTemplate('listen ${EDGE_PORT}; $remote_addr ${OTHER}', { EDGE_PORT: 1 }), 'listen 1; $remote_addr ${OTHER}');
});

test('the rendered edge is a valid nginx configuration (nginx -t)', { skip: spawnSync('nginx', ['-v']).error ? 'nginx is not installed' : false }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derna-edge-test-'));
  try {
    const { args } = prepareEdge(dir, clusterSettings({ ...env, EDGE_PORT: '18080' }));
    const check = spawnSync('nginx', [...args.slice(0, 4), '-t'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    const edge = fs.readFileSync(path.join(dir, 'edge.conf'), 'utf8');
    assert.match(edge, /server 127\.0\.0\.1:3001 max_fails=1 fail_timeout=2s;/);
    assert.match(edge, /proxy_set_header X-Forwarded-For \$remote_addr;/);
    assert.match(edge, new RegExp(`"${env.REVALIDATE_SECRET}" 1;`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty refresh secret stops nginx rather than letting every request past the cache', { skip: spawnSync('nginx', ['-v']).error ? 'nginx is not installed' : false }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derna-edge-test-'));
  try {
    const { args } = prepareEdge(dir, { ...clusterSettings({ ...env, EDGE_PORT: '18080' }), edgeRefreshSecret: '' });
    const check = spawnSync('nginx', [...args.slice(0, 4), '-t'], { encoding: 'utf8' });
    assert.notEqual(check.status, 0);
    assert.match(check.stderr, /conflicting parameter/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
