import { serializeJsonLd } from '@/lib/json-ld';

/** Structured data for search engines, escaped so no string in it can end the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
