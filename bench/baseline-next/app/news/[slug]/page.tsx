import story from '../../../../../apps/cms/data/seed/derna-story.json';
import AsHeavyPage from '../../as-heavy/page';

export const revalidate = 3600;

/** The story's own route shape: one slug, prerendered at build, served from Next's cache. */
export function generateStaticParams() {
  return [{ slug: story.slug }];
}

/**
 * The as-heavy page on a dynamic route, like the real story page (/news/[slug], ISR): what a
 * prerendered dynamic route costs Next beyond the same page on a static one (bench goal 1).
 */
export default async function AsHeavyStoryRoute({ params }: { params: Promise<{ slug: string }> }) {
  await params;
  return <AsHeavyPage />;
}
