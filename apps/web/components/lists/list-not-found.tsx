import { Suspense } from 'react';
import { notFound } from 'next/navigation';

async function Missing(): Promise<never> {
  notFound();
}

function Message() {
  return (
    <div className="notice-page">
      <p className="kicker">Error 404</p>
      <h1>Page not found</h1>
      <p>There is no such section, author or page. The address may have a typo.</p>
      <p>
        <a href="/">Read the latest news</a>
      </p>
    </div>
  );
}

/** A list's 404 with the site's layout and status, without JavaScript (see site/not-found-page.tsx). */
export function ListNotFound() {
  return (
    <Suspense fallback={<Message />}>
      <Missing />
    </Suspense>
  );
}
