// The nginx edge: renders deploy/edge/nginx.conf.template (the file docker compose uses too) for
// this machine's ports, and wraps it in a main nginx.conf whose every path is in its own folder.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../paths.mjs';

export const EDGE_TEMPLATE = path.join(repoRoot, 'deploy', 'edge', 'nginx.conf.template');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const MIME_TYPES = '/etc/nginx/mime.types';
const TEMPLATE_NAMES = ['EDGE_PORT', 'CMS_EDGE_PORT', 'WEB_UPSTREAM_SERVERS', 'CMS_UPSTREAM_SERVERS', 'EDGE_CACHE_DIR', 'EDGE_REFRESH_SECRET'];

/** Plain substitution of exactly the template's six names, as envsubst does in the nginx image. */
export const renderEdgeTemplate = (template, values) =>
  template.replace(/\$\{([A-Z_]+)\}/g, (match, name) => {
    if (!TEMPLATE_NAMES.includes(name)) return match;
    if (values[name] === undefined) throw new Error(`No value for \${${name}} in the edge template.`);
    return String(values[name]);
  });

/** How long nginx keeps a replica out after a failed connection (whole seconds, per worker). */
export const UPSTREAM_FAIL_TIMEOUT_SECONDS = 2;

export const upstreamServers = (ports) =>
  ports.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=${UPSTREAM_FAIL_TIMEOUT_SECONDS}s;`).join('\n    ');

// Benchmarks count what reaches the replicas: each request passed to one, background refreshes
// included (cache hits have no upstream address and are not logged).
const accessLog = (file) =>
  file
    ? `    log_format derna_edge '$msec $upstream_addr $upstream_cache_status $status $request_uri';
    access_log ${file} derna_edge buffer=64k flush=1s if=$upstream_addr;
    log_subrequest on;`
    : '    access_log off;';

const mainConf = (dir, brotli, accessLogFile) => `# Written by derna-stack cluster; the edge itself is edge.conf (deploy/edge/nginx.conf.template).
${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}worker_processes auto;
worker_rlimit_nofile 16384;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
${accessLog(accessLogFile)}
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
${
  brotli
    ? `    brotli on;
    brotli_comp_level 4;
    brotli_min_length 1024;
    brotli_types text/css text/plain text/xml text/x-component application/javascript application/json
                 application/xml application/rss+xml application/manifest+json image/svg+xml;
`
    : ''
}    include ${dir}/edge.conf;
}
`;

/** Writes the edge's folder and returns how to run nginx in it (in the foreground). */
export const prepareEdge = (dir, settings) => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'cache'), { recursive: true });
  const edge = renderEdgeTemplate(fs.readFileSync(EDGE_TEMPLATE, 'utf8'), {
    EDGE_PORT: settings.edgePort,
    CMS_EDGE_PORT: settings.cmsEdgePort,
    WEB_UPSTREAM_SERVERS: upstreamServers(settings.webPorts),
    CMS_UPSTREAM_SERVERS: upstreamServers(settings.cmsPorts),
    EDGE_CACHE_DIR: path.join(dir, 'cache'),
    EDGE_REFRESH_SECRET: settings.edgeRefreshSecret,
  });
  fs.writeFileSync(path.join(dir, 'edge.conf'), edge);
  fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConf(dir, fs.existsSync(BROTLI_MODULE), settings.edgeAccessLog));
  return { command: 'nginx', args: ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'] };
};
