import qs from 'qs';
import { CmsUnavailableError, errorFromResponse } from './errors';

/** Extra fetch options, passed through untouched (e.g. Next's `next: { tags }`). */
export type RequestOptions = RequestInit & Record<string, unknown>;

export type CmsClientConfig = {
  baseUrl: string;
  token?: string;
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned; a CMS that hangs must not hang the page. */
  timeoutMs?: number;
};

export type Request = <T>(
  path: string,
  query?: Record<string, unknown>,
  options?: RequestOptions,
) => Promise<T>;

// `fetch` is looked up on every call, not captured: Next.js replaces the global one (to cache
// and tag requests) after this module may have loaded.
const lateFetch: typeof fetch = (input, init) => fetch(input, init);

export const createRequest = ({ baseUrl, token, fetch: fetchImpl = lateFetch, timeoutMs = 5000 }: CmsClientConfig): Request =>
  async function request<T>(path: string, query: Record<string, unknown> = {}, options: RequestOptions = {}) {
    const search = qs.stringify(query, { encodeValuesOnly: true, addQueryPrefix: true });
    const url = `${baseUrl.replace(/\/$/, '')}/api${path}${search}`;
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json');
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (options.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');

    // A timer cleared as soon as the answer is read: AbortSignal.timeout() would keep each
    // request's state alive for the whole timeout (megabytes under a burst of comments).
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException('The CMS did not answer in time', 'TimeoutError')), timeoutMs);
    let response: Response;
    let body: unknown;
    try {
      response = await fetchImpl(url, { signal: timeout.signal, ...options, headers });
      body = await response.json().catch(() => null);
    } catch (cause) {
      throw new CmsUnavailableError(`The CMS at ${baseUrl} could not be reached`, 503, undefined, String(cause));
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) throw errorFromResponse(response.status, body);
    return body as T;
  };
