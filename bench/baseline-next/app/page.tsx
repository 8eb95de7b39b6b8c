import story from '../../../apps/cms/data/seed/derna-story.json';

/** The same story text as the real page, statically rendered, nothing else. */
export default function Page() {
  return (
    <main>
      <h1>{story.title}</h1>
      <p>{story.dek}</p>
      {story.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </main>
  );
}
