import story from '../../../../../apps/cms/data/seed/derna-story.json';

export const revalidate = 3600;

/** Copies of the story text: about as many bytes of HTML as the real story page sends (31.5 kB, with its header, related stories and share links). */
const COPIES = 4;

/** The story's own address shape: one slug, prerendered at build, served from Next's cache (ISR). */
export function generateStaticParams() {
  return [{ slug: story.slug }];
}

/**
 * The minimal page made as heavy as the real story page, at the story's address: beside
 * /minimal/[slug], what the bytes alone cost a cached Next.js page there (bench goal 1).
 */
export default async function AsHeavyStoryRoute({ params }: { params: Promise<{ slug: string }> }) {
  await params;
  return (
    <main>
      <h1>{story.title}</h1>
      <p>{story.dek}</p>
      {Array.from({ length: COPIES }, (_, copy) =>
        story.paragraphs.map((paragraph) => <p key={`${copy}-${paragraph}`}>{paragraph}</p>),
      )}
    </main>
  );
}
