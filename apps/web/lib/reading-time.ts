import { blocksToPlainText, type Blocks } from '@derna/contracts';

/** Adult silent reading of non-fiction in English, words per minute (Brysbaert, 2019). */
export const WORDS_PER_MINUTE = 238;

export const wordCount = (blocks: Blocks): number =>
  blocksToPlainText(blocks).reduce((sum, text) => sum + (text.match(/\S+/g)?.length ?? 0), 0);

/** "4 min read": whole minutes, at least one. */
export const readingMinutes = (blocks: Blocks): number => Math.max(1, Math.round(wordCount(blocks) / WORDS_PER_MINUTE));
