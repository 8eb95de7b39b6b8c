import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCmsClient, CmsRequestError, CmsUnavailableError } from './index';

/** A real HTTP server standing in for the CMS's error behaviour (the happy path is tested against Strapi). */
const serve = (handler: http.RequestListener) =>
  new Promise<{ url: string; close: () => void }>((resolve) => {
    const server = http.createServer(handler).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });

describe('cms client errors', () => {
  it("carries Strapi's error name and details on a 4xx", async () => {
    const cms = await serve((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { status: 400, name: 'ValidationError', message: 'Invalid key foo', details: { key: 'foo' } } }));
    });
    const error = await createCmsClient({ baseUrl: cms.url }).articles.list().catch((e: unknown) => e);
    cms.close();
    expect(error).toBeInstanceOf(CmsRequestError);
    expect(error).toMatchObject({ status: 400, strapiName: 'ValidationError', message: 'Invalid key foo', details: { key: 'foo' } });
  });

  it('reports a CMS that is down as unavailable', async () => {
    const cms = await serve(() => undefined);
    cms.close();
    const error = await createCmsClient({ baseUrl: cms.url }).articles.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsUnavailableError);
  });

  it('gives up on a CMS that hangs', async () => {
    const cms = await serve(() => undefined);
    const error = await createCmsClient({ baseUrl: cms.url, timeoutMs: 200 }).articles.list().catch((e: unknown) => e);
    cms.close();
    expect(error).toBeInstanceOf(CmsUnavailableError);
  });

  it('sends the query string Strapi expects', async () => {
    let seen = '';
    const cms = await serve((req, res) => {
      seen = decodeURIComponent(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ data: [], meta: { pagination: { page: 1, pageSize: 1, pageCount: 0, total: 0 } } }));
    });
    await createCmsClient({ baseUrl: cms.url }).articles.bySlug('a-slug');
    cms.close();
    expect(seen).toContain('filters[slug][$eq]=a-slug');
    expect(seen).toContain('populate[author][fields][0]=name');
  });
});
