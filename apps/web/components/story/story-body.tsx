import type { BlockNode } from '@derna/contracts';
import { Blocks } from './blocks';
import { ShowMore } from './show-more.client';

/** Blocks shown before "Show More" on a long story. */
export const LEAD_BLOCKS = 4;
/** A story this short (or shorter) is shown whole: a button to reveal one paragraph is noise. */
export const SHORT_STORY_BLOCKS = 5;

const REST_ID = 'story-rest';

/**
 * The whole story, rendered on the server. On a long story the rest sits in a wrapper that CSS
 * hides only when scripting is on; the client part then takes over with hidden="until-found".
 * Without JavaScript, or in print, every paragraph shows and the button does not.
 */
export function StoryBody({ blocks }: { blocks: BlockNode[] }) {
  if (blocks.length <= SHORT_STORY_BLOCKS) {
    return (
      <div className="story__body">
        <Blocks blocks={blocks} />
      </div>
    );
  }
  return (
    <div className="story__body">
      <Blocks blocks={blocks.slice(0, LEAD_BLOCKS)} />
      <div id={REST_ID} className="story__rest" data-collapsible="">
        <Blocks blocks={blocks.slice(LEAD_BLOCKS)} />
      </div>
      <ShowMore controls={REST_ID} />
    </div>
  );
}
