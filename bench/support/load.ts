import autocannon from 'autocannon';

export type LoadResult = { rps: number; p50: number; p99: number; requests: number; non2xx: number; errors: number };

export type LoadOptions = {
  url: string;
  connections: number;
  /** Seconds; or `amount` requests. */
  duration?: number;
  amount?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Called after each response with the running count. */
  onResponse?: (count: number) => void;
};

/** One autocannon run on loopback. Latencies in ms. */
export const load = ({ onResponse, ...options }: LoadOptions): Promise<LoadResult> => {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(options.url)) throw new Error(`Refusing to load a non-loopback URL: ${options.url}`);
  return new Promise((resolve, reject) => {
    const instance = autocannon({ ...options, timeout: 10 }, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
      });
    });
    let count = 0;
    if (onResponse) instance.on('response', () => onResponse(++count));
  });
};
