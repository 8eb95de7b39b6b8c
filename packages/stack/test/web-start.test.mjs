import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { webDir, webStartCommand } from '../src/paths.mjs';

test("runs the site's start script directly: node, its flags, then next start", () => {
  const { command, args } = webStartCommand(['--port', '3000']);
  assert.equal(command, process.execPath);
  assert.ok(args.some((arg) => arg.startsWith('--heap-growing-percent=')), args.join(' '));
  assert.deepEqual(args.slice(-3), ['start', '--port', '3000']);
  // Node accepts the flags and they lead to Next's real CLI.
  const help = execFileSync(command, [...args.slice(0, -2), '--help'], { cwd: webDir, encoding: 'utf8' });
  assert.match(help, /Usage: next start/);
});
