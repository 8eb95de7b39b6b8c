/** One step of a breadcrumb trail; the last one is the page itself (no link). */
export type Crumb = { name: string; path?: string };

/** schema.org BreadcrumbList for the trail, with absolute URLs (nested in the story's WebPage). */
export const breadcrumbJsonLd = (crumbs: Crumb[], siteUrl: string) => ({
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, index) => ({
    '@type': 'ListItem',
    position: index + 1,
    name: crumb.name,
    ...(crumb.path ? { item: new URL(crumb.path, siteUrl).toString() } : {}),
  })),
});
