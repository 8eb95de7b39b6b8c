import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, spawnManaged, stopManaged, waitForHttp } from '@derna/testkit';

export type StaticNginx = { url: string; stop: () => Promise<void> };

/**
 * The baseline of the edge's goal: Debian's nginx serving the very bytes the edge serves, from a
 * file, with the same worker and connection settings as start:cluster's edge.
 */
export const startStaticNginx = async (body: Buffer, contentType = 'text/html; charset=utf-8'): Promise<StaticNginx> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'derna-static-nginx-'));
  // nginx's workers run as an unprivileged user: they must be able to read the file.
  fs.chmodSync(dir, 0o755);
  const port = await freePort();
  fs.mkdirSync(path.join(dir, 'root'));
  fs.writeFileSync(path.join(dir, 'root', 'page'), body);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${dir}/${name};`).join('\n    ');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
worker_rlimit_nofile 16384;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    ${temp}
    server {
        listen 127.0.0.1:${port};
        location / { root ${dir}/root; default_type "${contentType}"; try_files /page =404; }
    }
}
`,
  );
  const server = spawnManaged('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { cwd: dir, env: process.env });
  const url = `http://127.0.0.1:${port}/page`;
  await waitForHttp(url, 10_000);
  const check = await fetch(url);
  if (check.status !== 200 || Buffer.from(await check.arrayBuffer()).length !== body.length) {
    await stopManaged(server);
    throw new Error(`The static nginx answered HTTP ${check.status}, not the page`);
  }
  return {
    url,
    stop: async () => {
      await stopManaged(server);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
