import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { cmsDir, startCommand, webDir } from '../src/paths.mjs';

test("runs the site's start script directly: node, its flags, then next start", () => {
  const { command, args } = startCommand(webDir, ['--port', '3000']);
  assert.equal(command, process.execPath);
  assert.ok(args.some((arg) => arg.startsWith('--heap-growing-percent=')), args.join(' '));
  assert.deepEqual(args.slice(-3), ['start', '--port', '3000']);
  // Node accepts the flags and they lead to Next's real CLI.
  const help = execFileSync(command, [...args.slice(0, -2), '--help'], { cwd: webDir, encoding: 'utf8' });
  assert.match(help, /Usage: next start/);
});

test("runs the CMS's start script directly: node, its flags, then strapi start", () => {
  const { command, args } = startCommand(cmsDir, []);
  assert.equal(command, process.execPath);
  assert.ok(args.some((arg) => arg.startsWith('--heap-growing-percent=')), args.join(' '));
  assert.equal(args.at(-1), 'start');
  // Node accepts the flags and they lead to Strapi's real CLI.
  const help = execFileSync(command, [...args.slice(0, -1), 'start', '--help'], { cwd: cmsDir, encoding: 'utf8' });
  assert.match(help, /Usage: strapi start/);
});
