import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type CountingProxy = {
  url: string;
  /** Requests forwarded since the last reset, as "METHOD /path". */
  seen: () => string[];
  reset: () => void;
  close: () => Promise<void>;
};

/**
 * A loopback HTTP proxy between the site and the CMS: every request the site sends to Strapi
 * passes here and is counted.
 */
export const startCountingProxy = async (target: string): Promise<CountingProxy> => {
  const { hostname, port } = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  let seen: string[] = [];
  const server = http.createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    const upstream = http.request(
      { hostname, port, path: request.url, method: request.method, headers: request.headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => (response.headersSent ? response.destroy() : response.writeHead(502).end()));
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: proxyPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    seen: () => [...seen],
    reset: () => {
      seen = [];
    },
    close: () => {
      agent.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
};
