import story from '../../../../../apps/cms/data/seed/derna-story.json';
import MinimalPage from '../../page';

export const revalidate = 3600;

/** The story's own address shape: one slug, prerendered at build, served from Next's cache (ISR). */
export function generateStaticParams() {
  return [{ slug: story.slug }];
}

/**
 * The minimal page itself at an address of the story's shape: what the address alone (a dynamic
 * segment, revalidated like the story) costs Next, whatever the page holds (bench goal 1).
 */
export default async function MinimalAtStoryAddress({ params }: { params: Promise<{ slug: string }> }) {
  await params;
  return <MinimalPage />;
}
