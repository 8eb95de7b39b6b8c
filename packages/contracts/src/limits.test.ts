import { countBytes, countChars } from './limits';
import { blocksToPlainText, paragraphsToBlocks } from './blocks';

describe('counting like WordPress', () => {
  it('counts an emoji as one character but four bytes', () => {
    expect(countChars('😀')).toBe(1);
    expect(countBytes('😀')).toBe(4);
    expect('😀'.length).toBe(2);
  });

  it('counts accented letters as one character and two bytes', () => {
    expect(countChars('é')).toBe(1);
    expect(countBytes('é')).toBe(2);
  });
});

describe('blocks', () => {
  it('round-trips paragraphs through blocks', () => {
    const paragraphs = ['First.', 'Second, with “quotes”.'];
    expect(blocksToPlainText(paragraphsToBlocks(paragraphs))).toEqual(paragraphs);
  });
});
