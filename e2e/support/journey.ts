import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { freshArtifactDir } from './artifacts';
import { recordConsole } from './console-log';
import { saveFailure, type OpenedContext } from './failure';

export type JourneyTools = {
  page: Page;
  /** Another browser profile (own cookies and storage): a second reader, the moderator… */
  open: (options?: BrowserContextOptions) => Promise<Page>;
  /** A screenshot of a key step, numbered in order: 01-home.png, 02-story.png… */
  shot: (step: string, target?: Page) => Promise<void>;
};

type JourneyBody = (tools: JourneyTools) => Promise<void>;

const DEFAULT_TIMEOUT_MS = 120_000;
/** Waits and actions fail after this, with Playwright's message, long before the journey times out. */
const STEP_TIMEOUT_MS = 20_000;

/** Ends a stuck journey before jest's own timeout, so that its failure evidence still gets saved. */
const withDeadline = async (work: Promise<void>, ms: number) => {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`The journey took longer than ${ms / 1000} s.`)), ms);
  });
  try {
    await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * One Chromium per test file; each journey runs in fresh contexts, keeps screenshots of its key
 * steps in e2e/artifacts/<name>/ and, when it fails, a screenshot of every open page and the console.
 */
export const browserJourneys = () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const run = async (name: string, options: BrowserContextOptions, body: JourneyBody, timeoutMs: number) => {
    if (!browser) throw new Error('Chromium did not start.');
    const started = browser;
    const dir = freshArtifactDir(name);
    const opened: OpenedContext[] = [];
    const open = async (contextOptions = options) => {
      const context = await started.newContext(contextOptions);
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      const label = `context-${opened.length + 1}`;
      opened.push({ context, label, consoleLines: recordConsole(context, label) });
      return context.newPage();
    };
    const page = await open();
    let step = 0;
    const shot = async (label: string, target = page) => {
      step += 1;
      await target.screenshot({ path: path.join(dir, `${String(step).padStart(2, '0')}-${label}.png`) });
    };
    try {
      await withDeadline(body({ page, open, shot }), timeoutMs - 10_000);
    } catch (error) {
      await saveFailure(dir, opened, error);
      throw error;
    } finally {
      await Promise.all(opened.map(({ context }) => context.close()));
    }
  };

  /** A test that is one journey: `name` is its artifacts folder. */
  const journey = (name: string, title: string, options: BrowserContextOptions, body: JourneyBody, timeoutMs = DEFAULT_TIMEOUT_MS) =>
    test(title, () => run(name, options, body, timeoutMs), timeoutMs);

  return { journey };
};
