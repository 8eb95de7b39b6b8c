import type { SiteStack } from '../../support/stack';

/** The site's list pages for the bench: a section and an author that have stories (the seeded story's), and a search. */
export const listPageUrls = async (site: SiteStack) => {
  const response = await fetch(`${site.cms.url}/api/stories/directory`);
  const { data } = (await response.json()) as { data: { sections: Array<{ slug: string }>; authors: Array<{ slug: string }> } };
  const section = data.sections[0]?.slug;
  const author = data.authors[0]?.slug;
  if (!section || !author) throw new Error(`The CMS lists no section or author with stories (HTTP ${response.status})`);
  return {
    section,
    urls: {
      front: `${site.web.url}/`,
      section: `${site.web.url}/section/${section}`,
      author: `${site.web.url}/author/${author}`,
      search: `${site.web.url}/search?q=derna`,
    },
  };
};
