import type { Page } from 'playwright-core';
import { adminLogin, adminSession, articleEditor, buildArticle } from '@derna/testkit';
import { EDITOR } from '../support/admin-ui';
import { expectNoViolations } from '../support/axe';
import { DESKTOP, PHONE } from '../support/browser';
import { eventually } from '../support/eventually';
import { browserJourneys } from '../support/journey';
import { expectSoundStructure } from '../support/page-structure';
import { stack } from '../support/stack';

const { journey } = browserJourneys();

const unique = Date.now().toString(36);
const SECTION = { name: `Coast ${unique}`, slug: `coast-${unique}` };
const AUTHOR = { name: `Salma Reporter ${unique}`, slug: `salma-${unique}`, bio: 'Salma covers the eastern coast.' };
const WORD = `sandpiper${unique}`;
const titles = [0, 1, 2].map((index) => `Harbour story ${index} ${unique}`);

/**
 * A section with three stories by one author, made in the admin like an editor would, dated
 * before the Derna story so the other journeys still find it first on the front page.
 */
beforeAll(async () => {
  const origin = new URL(stack.cmsUrl()).origin;
  const login = await adminLogin(origin, EDITOR.email, EDITOR.password);
  const session = adminSession(origin, login.token);
  const create = async (type: string, data: Record<string, unknown>) =>
    (await session.request<{ data: { documentId: string } }>('POST', `/content-manager/collection-types/api::${type}.${type}`, data)).body.data;
  const section = await create('category', SECTION);
  const author = await create('author', AUTHOR);
  const editor = articleEditor(login);
  for (const [index, title] of titles.entries()) {
    const article = buildArticle({
      title,
      publishedDate: `2012-03-0${index + 1}T08:00:00.000Z`,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: `The ${WORD} nests by the harbour, report ${index}.` }] }],
      category: { connect: [{ documentId: section.documentId }] },
      author: { connect: [{ documentId: author.documentId }] },
    });
    const draft = await editor.createDraft(article);
    expect((await editor.publish(draft.body.data.documentId as string)).status).toBe(200);
  }
  // The lists are cached; the publish names their tag, and the next reader gets them fresh.
  for (const path of [`/section/${SECTION.slug}`, '/']) {
    await eventually(async () => expect(await (await fetch(stack.webUrl(path))).text()).toContain(titles[2]), 20_000, 300);
  }
}, 120_000);

const audit = async (page: Page, where: string) => {
  await expectNoViolations(page, where);
  await expectSoundStructure(page);
};

journey('browse-front-section-story-author', 'a reader goes from the front page to a section, a story and its author', DESKTOP, async ({ page, shot }) => {
  await page.goto(stack.webUrl('/'));
  await page.getByRole('link', { name: titles[2] }).waitFor();
  await audit(page, 'the front page');
  await shot('front');

  await page.getByRole('main').getByRole('link', { name: SECTION.name }).first().click();
  await page.waitForURL(`**/section/${SECTION.slug}`);
  await page.getByRole('heading', { level: 1, name: SECTION.name }).waitFor();
  await audit(page, 'a section page');
  await shot('section');

  await page.getByRole('link', { name: titles[2] }).click();
  await page.getByRole('heading', { level: 1, name: titles[2] }).waitFor();
  expect(await page.getByText(/\d+ min read/).count()).toBe(1);
  await audit(page, 'a story with breadcrumb, share links and related stories');
  await shot('story');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  expect(await breadcrumb.getByRole('link', { name: SECTION.name }).getAttribute('href')).toBe(`/section/${SECTION.slug}`);
  const related = page.getByRole('region', { name: `More from ${SECTION.name}` });
  expect(await related.getByRole('link', { name: titles[2] }).count()).toBe(0);
  expect(await related.getByRole('link', { name: titles[1] }).count()).toBe(1);

  await page.getByRole('article').getByRole('link', { name: AUTHOR.name }).first().click();
  await page.getByRole('heading', { level: 1, name: AUTHOR.name }).waitFor();
  await page.getByText(AUTHOR.bio).waitFor();
  await audit(page, 'an author page');
  await shot('author');
});

/** A story's slug from the section page, where every fixture is listed. */
const storySlug = async (page: Page, title: string) => {
  await page.goto(stack.webUrl(`/section/${SECTION.slug}`));
  const href = await page.getByRole('link', { name: title }).getAttribute('href');
  return href?.replace('/news/', '');
};

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('search on a %s', (screen, options) => {
  journey(`browse-search-${screen}`, 'a reader searches from the header and reads a highlighted result', options, async ({ page, shot }) => {
    await page.goto(stack.webUrl('/'));
    const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search stories' });
    await box.fill(WORD);
    await box.press('Enter');
    await page.waitForURL(`**/search?q=${WORD}`);
    await page.getByRole('heading', { level: 2, name: `3 stories match “${WORD}”` }).waitFor();
    expect(await page.locator('mark', { hasText: WORD }).count()).toBe(3);
    await audit(page, `search results (${screen})`);
    await shot('results');

    await page.getByRole('search', { name: 'Search again' }).getByRole('searchbox').fill('<b>nothing-like-this</b>');
    await page.getByRole('search', { name: 'Search again' }).getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 2, name: 'No stories match “<b>nothing-like-this</b>”' }).waitFor();
    expect(await page.locator('main b').count()).toBe(0);
    await audit(page, `no results (${screen})`);
    await shot('no-results');
  });
});

journey('browse-search-keyboard', 'a keyboard user searches and opens a result', DESKTOP, async ({ page }) => {
  await page.goto(stack.webUrl('/'));
  const searchBoxFocused = () => page.evaluate(() => document.activeElement?.id === 'site-search');
  // Skip link, site name, Latest, each section with stories, RSS, then the search box.
  for (let presses = 0; presses < 20 && !(await searchBoxFocused()); presses += 1) await page.keyboard.press('Tab');
  expect(await searchBoxFocused()).toBe(true);
  await page.keyboard.type(WORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/search?q=${WORD}`);
  await page.getByRole('main').getByRole('link', { name: titles[2] }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: titles[2] }).waitFor();
});

journey('browse-share', 'share links work without a third-party script; the device share sheet with JavaScript', PHONE, async ({ page, open, shot }) => {
  const slug = await storySlug(page, titles[0] as string);
  const url = stack.webUrl(`/news/${slug}`);
  const thirdParty: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(stack.webUrl()).origin) && !request.url().startsWith(new URL(stack.cmsUrl()).origin)) thirdParty.push(request.url());
  });
  await page.goto(url);
  const share = page.getByRole('region', { name: 'Share this story' });
  const hrefs = Object.fromEntries(
    await Promise.all(['X (Twitter)', 'Facebook', 'WhatsApp', 'LinkedIn', 'Email'].map(async (name) => [name, await share.getByRole('link', { name }).getAttribute('href')])),
  );
  expect(hrefs['X (Twitter)']).toBe(`https://twitter.com/intent/tweet?url=${encodeURIComponent(url)}&text=${encodeURIComponent(titles[0] as string)}`);
  expect(hrefs.Facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
  expect(hrefs.WhatsApp).toContain(encodeURIComponent(url));
  expect(hrefs.LinkedIn).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`);
  expect(hrefs.Email).toMatch(/^mailto:\?subject=/);
  // Without the Web Share API (desktop Chromium here) there is no button that could not work.
  expect(await share.getByRole('button').count()).toBe(0);
  expect(thirdParty).toEqual([]);
  await shot('share-links');

  // A browser with the Web Share API gets the device's share sheet, with this story.
  const phone = await open();
  await phone.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', {
      value: (data: unknown) => {
        (window as unknown as { shared: unknown[] }).shared.push(data);
        return Promise.resolve();
      },
    });
  });
  await phone.goto(url);
  await phone.getByRole('button', { name: 'More ways to share…' }).click();
  expect(await phone.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([{ title: titles[0], url }]);
  await shot('web-share', phone);
});

journey('browse-without-javascript', 'front page, section, author and search work without JavaScript', { ...PHONE, javaScriptEnabled: false }, async ({ page, shot }) => {
  await page.goto(stack.webUrl(`/section/${SECTION.slug}`));
  await page.getByRole('link', { name: titles[0] }).click();
  await page.getByRole('heading', { level: 1, name: titles[0] }).waitFor();
  await page.getByRole('link', { name: AUTHOR.name }).first().click();
  await page.getByRole('heading', { level: 1, name: AUTHOR.name }).waitFor();
  const box = page.getByRole('searchbox', { name: 'Search stories' }).first();
  await box.fill(WORD);
  await box.press('Enter');
  await page.getByRole('heading', { level: 2, name: `3 stories match “${WORD}”` }).waitFor();
  await audit(page, 'search results without JavaScript');
  await shot('search-no-js');
});
