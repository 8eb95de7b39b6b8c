// What `derna-stack cluster` runs, from the environment (.env, then the real environment).

const int = (env, name, fallback) => {
  const raw = env[name] || String(fallback);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number (got "${raw}").`);
  return value;
};

const range = (first, count) => Array.from({ length: count }, (_, i) => first + i);

/** Validated settings, or an Error whose message says what to set. */
export const clusterSettings = (env) => {
  const databaseUrl = env.DATABASE_URL ?? '';
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error(
      'start:cluster needs PostgreSQL: set DATABASE_URL=postgres://user@host:5432/db. SQLite is one file ' +
        'written by one process, so replicas cannot share it; `pnpm start` runs on SQLite.',
    );
  }
  if (!/^rediss?:\/\//.test(env.REDIS_URL ?? '')) {
    throw new Error(
      'start:cluster needs Redis: set REDIS_URL=redis://127.0.0.1:6379. The replicas share their page ' +
        'cache, rate limits and job locks there.',
    );
  }
  // The edge lets the site replace a page's copy with this secret (deploy/edge/nginx.conf.template):
  // it goes into nginx's config as a quoted string, so letters, digits, - and _ only.
  if (!/^[A-Za-z0-9_-]{16,}$/.test(env.REVALIDATE_SECRET ?? '')) {
    throw new Error('start:cluster needs REVALIDATE_SECRET: 16 or more letters, digits, - or _ (`pnpm start:cluster` generates one into .env outside production).');
  }
  const edgePort = int(env, 'EDGE_PORT', 8080);
  const cmsEdgePort = int(env, 'CMS_EDGE_PORT', edgePort + 1);
  const webReplicas = int(env, 'WEB_REPLICAS', 2);
  const cmsReplicas = int(env, 'CMS_REPLICAS', 2);
  if (webReplicas < 1 || cmsReplicas < 1) throw new Error('WEB_REPLICAS and CMS_REPLICAS must be at least 1.');
  const webPorts = range(int(env, 'WEB_PORT', 3000), webReplicas);
  const cmsPorts = range(int(env, 'CMS_PORT', 1337), cmsReplicas);
  const ports = [edgePort, cmsEdgePort, ...webPorts, ...cmsPorts];
  const clash = ports.find((port, i) => ports.indexOf(port) !== i);
  if (clash !== undefined) throw new Error(`Port ${clash} is given twice: EDGE_PORT, CMS_EDGE_PORT, WEB_PORT.. and CMS_PORT.. must not overlap.`);
  return {
    databaseUrl,
    redisUrl: env.REDIS_URL,
    edgePort,
    cmsEdgePort,
    webPorts,
    cmsPorts,
    ports,
    siteUrl: env.CLUSTER_SITE_URL || `http://localhost:${edgePort}`,
    cmsPublicUrl: env.CLUSTER_CMS_PUBLIC_URL || `http://localhost:${cmsEdgePort}`,
    // The site's build of its own: built once against this cluster's CMS, shared by every replica.
    webDistDir: env.CLUSTER_NEXT_DIST_DIR || '.next-cluster',
    edgeRefreshSecret: env.REVALIDATE_SECRET,
    // Benchmarks: the edge logs every request and background refresh here (off otherwise).
    edgeAccessLog: env.CLUSTER_EDGE_ACCESS_LOG || '',
  };
};
