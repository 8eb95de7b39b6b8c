import story from '../../../../apps/cms/data/seed/derna-story.json';

/** Copies of the story text: about as many bytes of HTML as the real story page sends. */
const COPIES = 3;

/**
 * The minimal page made as heavy as the real story page, nothing else: what the bytes alone cost
 * a cached Next.js page (bench goal 1 compares the story page with both).
 */
export default function AsHeavyPage() {
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
