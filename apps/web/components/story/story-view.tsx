import type { Article } from '@derna/contracts';
import { getCommentPage } from '@/lib/cms';
import { getRelatedStories } from '@/lib/stories';
import { canonicalUrl } from '@/lib/article-metadata';
import { breadcrumbJsonLd, type Crumb } from '@/lib/breadcrumbs';
import { newsArticleJsonLd } from '@/lib/json-ld';
import { sectionPath } from '@/lib/list-paths';
import { site } from '@/lib/site';
import { CommentSection } from '@/components/comments/comment-section';
import { JsonLd } from '@/components/site/json-ld';
import { RelatedStories } from './related-stories';
import { Story } from './story';

type StoryViewProps = { article: Article; replyTo?: string | null; commentsPage?: number };

const crumbsOf = (article: Article): Crumb[] => [
  { name: 'Home', path: '/' },
  ...(article.category ? [{ name: article.category.name, path: sectionPath(article.category.slug) }] : []),
  { name: article.title },
];

/** The story, related stories, a page of its comments and its structured data: the story page and its variants. */
export async function StoryView({ article, replyTo = null, commentsPage = 1 }: StoryViewProps) {
  // If the CMS is down this throws, and Next keeps serving the last good page instead.
  const [firstPage, related] = await Promise.all([getCommentPage(article.documentId, commentsPage), getRelatedStories(article)]);
  const crumbs = crumbsOf(article);
  return (
    <>
      <Story article={article} crumbs={crumbs} url={canonicalUrl(article, site)} />
      <RelatedStories section={article.category} stories={related} />
      <CommentSection article={article} firstPage={firstPage} replyTo={replyTo} />
      <JsonLd
        data={newsArticleJsonLd(article, { ...site, commentCount: firstPage.approvedCount, breadcrumb: breadcrumbJsonLd(crumbs, site.siteUrl) })}
      />
    </>
  );
}
