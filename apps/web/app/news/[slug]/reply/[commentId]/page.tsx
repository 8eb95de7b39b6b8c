import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { documentIdSchema } from '@derna/contracts';
import { getArticle } from '@/lib/cms';
import { StoryView } from '@/components/story/story-view';

type Params = { params: Promise<{ slug: string; commentId: string }> };

/**
 * The story with the form under one comment: where a Reply link leads without JavaScript
 * (proxy.ts rewrites /news/<slug>?replytocom=<id> here). Never indexed.
 */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  return { robots: { index: false, follow: false }, alternates: { canonical: `/news/${slug}` } };
}

export default async function ReplyPage({ params }: Params) {
  const { slug, commentId } = await params;
  const article = await getArticle(slug);
  if (!article || !documentIdSchema.safeParse(commentId).success) notFound();
  return <StoryView article={article} replyTo={commentId} />;
}
