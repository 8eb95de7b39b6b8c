import fs from 'node:fs';
import path from 'node:path';
import { cmsDir } from '@derna/testkit';
import type { Page } from 'playwright-core';

type SeedStory = { title: string; slug: string; dek: string; paragraphs: string[] };

/** The Derna story as the CMS seeds it on first boot: the text a reader should find. */
export const DERNA: SeedStory = JSON.parse(fs.readFileSync(path.join(cmsDir, 'data', 'seed', 'derna-story.json'), 'utf8'));
export const DERNA_PATH = `/news/${DERNA.slug}`;

/** Paragraphs shown before "Show More" (the site's LEAD_BLOCKS). */
export const LEAD_PARAGRAPHS = 4;

/**
 * Waits until the story's client part has taken over: before that, "Show More" is in the page
 * but does nothing yet. It marks the collapsible rest as ready once it controls it.
 */
export const waitForStoryHydration = (page: Page) =>
  page.waitForFunction(() => document.getElementById('story-rest')?.hasAttribute('data-ready') === true);

export const storyHeading = (page: Page) => page.getByRole('heading', { level: 1, name: DERNA.title });
export const showMoreButton = (page: Page) => page.getByRole('button', { name: /^Show (More|Less)$/ });
export const paragraph = (page: Page, index: number) => page.getByText(DERNA.paragraphs.at(index) ?? '', { exact: true });
