import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleEditor, buildArticle, requestFrom, startCluster, waitUntil as waitFor, type Cluster } from '@derna/testkit';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const DERNA = 'libya-haftars-army-in-control-of-derna';
let cluster: Cluster;
/** What reached the site replicas through the edge: `$msec $upstream_addr $upstream_cache_status $status $request_uri`. */
const edgeLog = path.join(os.tmpdir(), `derna-cluster-edge-${process.pid}.log`);
const edgeLogLines = () => (fs.existsSync(edgeLog) ? fs.readFileSync(edgeLog, 'utf8').split('\n').filter(Boolean) : []);

beforeAll(async () => {
  cluster = await startCluster({ edgeAccessLog: edgeLog });
}, 900_000);
afterAll(async () => {
  await cluster?.stop();
  fs.rmSync(edgeLog, { force: true });
}, 60_000);

const storyPath = `/news/${DERNA}`;
const replicaPid = (name: string) => {
  const pid = cluster.state().pids[name];
  if (!pid) throw new Error(`No process for ${name}`);
  return pid;
};
let readerNumber = 0;
/** A fresh loopback address per simulated reader: the flood limit counts readers by address. */
const nextReader = () => {
  readerNumber += 1;
  return `127.0.${Math.floor(readerNumber / 250) + 10}.${(readerNumber % 250) + 1}`;
};

const articleId = async () => {
  const { body } = await requestFrom('127.0.0.1', `${cluster.edgeUrl}${storyPath}`);
  const id = body.match(/name="article" value="([a-z0-9]+)"/)?.[1];
  if (!id) throw new Error('No comment form on the story');
  return id;
};

const postComment = (from: string, article: string, text: string, headers: Record<string, string> = {}) =>
  requestFrom(from, `${cluster.edgeUrl}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ article, authorName: 'Reader', authorEmail: `r-${text.replace(/\W/g, '')}@example.com`, body: text }),
  });

/** A reader's comment on the story, approved on the Moderation page; returns when it was approved. */
const postAndApprove = async (text: string) => {
  const posted = await postComment(nextReader(), await articleId(), text);
  expect(posted.status).toBe(201);
  const { comment } = JSON.parse(posted.body);
  const approvedAt = Date.now();
  expect((await cluster.moderator.request('POST', '/moderation/comments/status', { documentIds: [comment.id], status: 'approved' })).status).toBe(200);
  return approvedAt;
};

type QueueComment = { documentId: string; body: string; authorName: string; authorIp: string | null };
const queue = async (): Promise<QueueComment[]> => {
  const all: QueueComment[] = [];
  for (const status of ['pending', 'approved', 'spam']) {
    for (let page = 1; ; page += 1) {
      const { body } = await cluster.moderator.request<{ results: QueueComment[]; pagination: { pageCount: number } }>(
        'GET',
        `/moderation/comments?status=${status}&page=${page}&pageSize=100`,
      );
      all.push(...body.results);
      if (page >= body.pagination.pageCount) break;
    }
  }
  return all;
};

describe('pnpm start:cluster', () => {
  it('serves the story through the edge and from every site replica', async () => {
    for (const url of [cluster.edgeUrl, ...cluster.webUrls]) {
      const reply = await requestFrom('127.0.0.1', `${url}${storyPath}`);
      expect(reply.status).toBe(200);
      expect(reply.body).toContain('would be over in two days');
    }
    const admin = await requestFrom('127.0.0.1', `${cluster.cmsEdgeUrl}/admin`);
    expect(admin.status).toBe(200);
  });

  it('compresses pages and keeps /_next/static immutable', async () => {
    const page = await requestFrom('127.0.0.1', `${cluster.edgeUrl}${storyPath}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(page.headers['content-encoding']).toBe('gzip');
    const html = (await requestFrom('127.0.0.1', `${cluster.edgeUrl}${storyPath}`)).body;
    const script = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
    if (!script) throw new Error('No script on the story page');
    const asset = await requestFrom('127.0.0.1', `${cluster.edgeUrl}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('ignores a forged X-Forwarded-For: the flood limit counts the connecting address', async () => {
    const article = await articleId();
    // A first comment from elsewhere, so the three below are timed warm.
    expect((await postComment(nextReader(), article, `Warm-up ${Date.now()}`)).status).toBe(201);
    const started = Date.now();
    const statuses: number[] = [];
    for (const [n, forged] of ['198.51.100.1', '198.51.100.2, 198.51.100.3', '203.0.113.77'].entries()) {
      const reply = await postComment('127.0.0.1', article, `Forged ${n} ${Date.now()}`, { 'X-Forwarded-For': forged });
      statuses.push(reply.status);
    }
    expect(Date.now() - started).toBeLessThan(2000);
    expect(statuses).toEqual([201, 429, 429]);
    const stored = (await queue()).filter(({ body }) => body.startsWith('Forged'));
    expect(stored.map(({ authorIp }) => authorIp)).toEqual(['127.0.0.1']);
  });

  it("ignores a forged X-Forwarded-For at the CMS: Strapi's login limit counts the connecting address", async () => {
    const statuses: number[] = [];
    // Strapi allows 5 failed logins per address and email, counted in each replica's memory: the
    // edge spreads 14 attempts over both, so the last ones are refused, unless the address is forged.
    for (let n = 1; n <= 14; n += 1) {
      const reply = await requestFrom('127.0.0.1', `${cluster.cmsEdgeUrl}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${n}` },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'Wrong-password-1' }),
      });
      statuses.push(reply.status);
    }
    expect(statuses.filter((status) => status === 400).length).toBeLessThanOrEqual(10);
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });

  it('shows an approval through the edge and on every replica within 2 s', async () => {
    const text = `Approved through the cluster ${Date.now()}`;
    const approvedAt = await postAndApprove(text);
    const delays = await Promise.all(
      [cluster.edgeUrl, ...cluster.webUrls].map(async (url) => {
        await waitFor(async () => (await requestFrom('127.0.0.1', `${url}${storyPath}`)).body.includes(text), 10_000, `the approval on ${url}`, 50);
        return Date.now() - approvedAt;
      }),
    );
    process.stdout.write(`approve → visible (edge, replicas): ${delays.join(', ')} ms\n`);
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(2000);
  });

  it("replaces the story's copies at the edge the moment a comment on it is approved", async () => {
    const text = `Refreshed at the edge ${Date.now()}`;
    const approvedAt = await postAndApprove(text);
    // The site asked the edge for both copies (gzip and plain) past the cached ones: BYPASS. The
    // log is written a second at a time, so lines are picked by their time, not their place.
    const refreshes = () =>
      edgeLogLines().filter((line) => {
        const [msec, , cacheStatus, status, uri] = line.split(' ');
        return Number(msec) * 1000 >= approvedAt && cacheStatus === 'BYPASS' && status === '200' && uri === storyPath;
      });
    await waitFor(() => refreshes().length >= 2, 10_000, 'the edge refresh of the story');
    await waitFor(async () => (await requestFrom('127.0.0.1', `${cluster.edgeUrl}${storyPath}`)).body.includes(text), 5_000, 'the approval at the edge', 50);
    // The copy a browser gets (its own Accept-Encoding string) is the one replaced.
    const browser = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
    const gzipped = await requestFrom('127.0.0.1', `${cluster.edgeUrl}${storyPath}`, { headers: browser });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
  });

  it('lets only the shared secret past a cached page (X-Edge-Refresh)', async () => {
    const url = `${cluster.edgeUrl}${storyPath}`;
    await requestFrom('127.0.0.1', url);
    const almost = `${cluster.revalidateSecret.slice(0, -1)}${cluster.revalidateSecret.endsWith('0') ? '1' : '0'}`;
    for (const guess of ['', 'guess', `${cluster.revalidateSecret}x`, almost]) {
      const reply = await requestFrom('127.0.0.1', url, { headers: { 'X-Edge-Refresh': guess } });
      expect(reply.headers['x-cache-status']).not.toBe('BYPASS');
    }
    const refreshed = await requestFrom('127.0.0.1', url, { headers: { 'X-Edge-Refresh': cluster.revalidateSecret } });
    expect(refreshed.headers['x-cache-status']).toBe('BYPASS');
    expect(JSON.stringify(refreshed.headers)).not.toContain(cluster.revalidateSecret);
    // The fresh copy is the one readers now get.
    expect((await requestFrom('127.0.0.1', url)).headers['x-cache-status']).toMatch(/HIT|UPDATING|STALE/);
  });

  it('never mixes HTML and React Server Component payloads in the edge cache', async () => {
    // The same address both ways (`?_rsc`, as Next's router asks for the payload with no other
    // router headers), one asked for with the RSC header, one without, in both orders.
    const url = `${cluster.edgeUrl}${storyPath}?_rsc`;
    for (let round = 0; round < 4; round += 1) {
      const ask = (rsc: boolean) => requestFrom('127.0.0.1', url, rsc ? { headers: { RSC: '1' } } : {});
      const [rsc, html] = round % 2 ? [await ask(true), await ask(false)] : await Promise.all([ask(true), ask(false)]);
      expect(rsc.headers['content-type']).toMatch(/text\/x-component/);
      expect(html.headers['content-type']).toMatch(/text\/html/);
      expect(html.body).toMatch(/^<!DOCTYPE html>/i);
      expect(rsc.body).not.toMatch(/<!DOCTYPE html>/i);
    }
    // And a page is cached: the second of two quick requests is a hit.
    await requestFrom('127.0.0.1', `${cluster.edgeUrl}${storyPath}`);
    expect((await requestFrom('127.0.0.1', `${cluster.edgeUrl}${storyPath}`)).headers['x-cache-status']).toMatch(/HIT|UPDATING|STALE/);
  });

  it("keys the edge's copies by every header the site varies on (the edge answers Vary with its key)", async () => {
    const inKey = ['accept-encoding', 'rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch'];
    for (const headers of [{}, { RSC: '1' }, { 'Accept-Encoding': 'gzip, deflate, br' }] as Array<Record<string, string>>) {
      const vary = String((await requestFrom('127.0.0.1', `${cluster.webUrls[0]}${storyPath}`, { headers })).headers.vary ?? '');
      for (const name of vary.split(',').map((token) => token.trim().toLowerCase()).filter(Boolean)) expect(inKey).toContain(name);
    }
  });

  it("never gives a reader an editor's preview", async () => {
    const editor = articleEditor(cluster.editor);
    const fixture = buildArticle({ title: 'Published headline' });
    const created = await editor.createDraft(fixture);
    expect(created.status).toBe(201);
    expect((await editor.publish(created.body.data.documentId)).status).toBe(200);
    const draftTitle = `Draft headline ${Date.now()}`;
    expect((await editor.update(created.body.data.documentId, { title: draftTitle })).status).toBe(200);
    const page = `${cluster.edgeUrl}/news/${fixture.slug}`;
    await waitFor(async () => (await requestFrom('127.0.0.1', page)).status === 200, 10_000, 'the new story');

    const enter = await requestFrom(
      '127.0.0.1',
      `${cluster.edgeUrl}/api/preview?${new URLSearchParams({ secret: cluster.previewSecret, slug: fixture.slug, status: 'draft' })}`,
    );
    expect(enter.status).toBe(307);
    const cookie = (enter.headers['set-cookie'] ?? []).map((line) => line.split(';')[0]).join('; ');
    expect(cookie).toContain('__prerender_bypass=');
    for (let i = 0; i < 3; i += 1) {
      const preview = await requestFrom('127.0.0.1', page, { headers: { cookie } });
      expect(preview.body).toContain(draftTitle);
      const reader = await requestFrom(nextReader(), page);
      expect(reader.status).toBe(200);
      expect(reader.body).not.toContain(draftTitle);
      expect(reader.body).not.toContain('Preview mode');
    }
  });

  it('loses no request when a site replica is killed (SIGKILL) under uncached load, and restarts it', async () => {
    const victim = replicaPid('web-1');
    let failures = 0;
    let served = 0;
    const deadline = Date.now() + 6000;
    const worker = async (w: number) => {
      for (let i = 0; Date.now() < deadline; i += 1) {
        // A query string of its own: never in the edge cache, always answered by a replica.
        const reply = await requestFrom('127.0.0.1', `${cluster.edgeUrl}${storyPath}?load=${w}-${i}`).catch(() => ({ status: 0 }));
        if (reply.status === 200) served += 1;
        else failures += 1;
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    await sleep(1500);
    process.kill(victim, 'SIGKILL');
    await load;
    process.stdout.write(`site replica killed under load: ${served} served, ${failures} failed\n`);
    expect(failures).toBe(0);
    await waitFor(() => {
      const pid = cluster.state().pids['web-1'];
      return Boolean(pid) && pid !== victim;
    }, 10_000, 'the supervisor restarting web-1');
    await waitFor(async () => (await requestFrom('127.0.0.1', `${cluster.webUrls[0]}${storyPath}`).catch(() => ({ status: 0 }))).status === 200, 60_000, 'web-1 serving again');
  });

  it('keeps readers posting when a CMS replica is killed (SIGKILL); every acknowledged comment is stored once', async () => {
    const article = await articleId();
    const victim = replicaPid('cms-1');
    const texts = Array.from({ length: 40 }, (_, i) => `Through a CMS crash ${i} ${Date.now()}`);
    const replies = Promise.all(
      texts.map(async (text, i) => {
        await sleep(i * 100);
        return postComment(nextReader(), article, text).catch(() => ({ status: 0, body: '' }));
      }),
    );
    await sleep(1000);
    process.kill(victim, 'SIGKILL');
    const results = await replies;
    const acknowledged = texts.filter((_, i) => results[i]?.status === 201);
    const afterKill = results.slice(15).filter(({ status }) => status === 201).length;
    process.stdout.write(`CMS replica killed: ${acknowledged.length}/${texts.length} acknowledged, ${afterKill}/25 of those sent after the kill\n`);
    expect(afterKill).toBeGreaterThanOrEqual(20);
    for (const { status } of results) expect([201, 503]).toContain(status);

    const stored = (await queue()).map(({ body }) => body);
    for (const text of acknowledged) expect({ text, copies: stored.filter((body) => body === text).length }).toEqual({ text, copies: 1 });
    await waitFor(() => cluster.state().pids['cms-1'] !== victim, 10_000, 'the supervisor restarting cms-1');
  });

  it('serves pages while Redis is down, and shares revalidations again once it is back', async () => {
    await cluster.redis.stop();
    try {
      for (let i = 0; i < 5; i += 1) {
        for (const url of [cluster.edgeUrl, ...cluster.webUrls]) {
          const reply = await requestFrom('127.0.0.1', `${url}${storyPath}?redis-down=${i}`);
          expect(reply.status).toBe(200);
          expect(reply.body).toContain('would be over in two days');
        }
      }
    } finally {
      await cluster.redis.start();
    }
    // Back: one approval reaches every replica through the shared cache again.
    const text = `After Redis came back ${Date.now()}`;
    await sleep(3000); // ioredis reconnects within 2 s
    const posted = await postComment(nextReader(), await articleId(), text);
    expect(posted.status).toBe(201);
    const { comment } = JSON.parse(posted.body);
    expect((await cluster.moderator.request('POST', '/moderation/comments/status', { documentIds: [comment.id], status: 'approved' })).status).toBe(200);
    for (const url of [cluster.edgeUrl, ...cluster.webUrls]) {
      await waitFor(async () => (await requestFrom('127.0.0.1', `${url}${storyPath}`)).body.includes(text), 10_000, `the approval on ${url}`);
    }
  });
});
