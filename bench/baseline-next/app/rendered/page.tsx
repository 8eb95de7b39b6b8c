import { connection } from 'next/server';

/**
 * A page rendered on every request. The benchmark requests it once: from then on Node 20 runs
 * the async hooks behind AsyncLocalStorage for every promise, as in any site that renders a page
 * on request (an ISR revalidation, a server action). See bench/benchmarks/story-throughput.ts.
 */
export default async function RenderedOnRequest() {
  await connection();
  return <p>Rendered on request</p>;
}
