import type { NewComment, SubmissionContext } from '@derna/contracts';

export type SpamConfig = {
  minSubmitSeconds: number;
  maxLinks: number;
  disallowedWords: string[];
  disallowedWordsAction: string;
};

/** Where a new comment lands, and why it was flagged if it was. */
export type Verdict = { status: 'pending' | 'spam'; reason: string | null };

const spam = (reason: string): Verdict => ({ status: 'spam', reason });
const hold = (reason: string): Verdict => ({ status: 'pending', reason });

const LINK = /https?:\/\/|www\./gi;

const findDisallowedWord = (texts: string[], words: string[]) => {
  const haystack = texts.join('\n').toLowerCase();
  return words.map((word) => word.trim().toLowerCase()).find((word) => word && haystack.includes(word));
};

/** The spam layers, cheapest first. Nothing here refuses a comment: it only files it. */
export const judgeComment = (comment: NewComment, context: SubmissionContext, config: SpamConfig): Verdict => {
  if (context.honeypotFilled) return spam('A field hidden from people was filled in (bot)');
  if (context.elapsedMs !== null && context.elapsedMs < config.minSubmitSeconds * 1000) {
    return spam(`Sent ${(context.elapsedMs / 1000).toFixed(1)} s after the page loaded (bot)`);
  }
  const texts = [comment.authorName, comment.authorEmail, comment.authorUrl ?? '', comment.body];
  const word = findDisallowedWord(texts, config.disallowedWords);
  if (word) {
    const reason = `Contains the disallowed word "${word}"`;
    return config.disallowedWordsAction === 'hold' ? hold(reason) : spam(reason);
  }
  const links = comment.body.match(LINK)?.length ?? 0;
  if (links > config.maxLinks) return hold(`Contains ${links} links (more than ${config.maxLinks})`);
  return { status: 'pending', reason: null };
};
