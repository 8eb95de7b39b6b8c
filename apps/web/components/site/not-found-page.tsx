import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import StoryNotFound from '@/app/news/[slug]/not-found';

async function Missing(): Promise<never> {
  notFound();
}

/**
 * A story's 404 on a page rendered on demand. Next 16 answers notFound() thrown outside any
 * Suspense boundary there with an empty body, the not-found page only in its script payload
 * (vercel/next.js#95613): a blank page without JavaScript. Thrown inside one, the response
 * keeps its 404 status and the site's layout, and the boundary's fallback (the same message)
 * is what a reader without JavaScript sees. No loading.tsx instead: React streams a boundary
 * over ~12 kB of HTML out of order, so a long story would need JavaScript to appear.
 */
export function NotFoundPage() {
  return (
    <Suspense fallback={<StoryNotFound />}>
      <Missing />
    </Suspense>
  );
}
