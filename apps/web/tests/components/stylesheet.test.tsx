import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The site's one stylesheet is written flat: rules at the top level, or inside an at-rule
 * (@media). A rule that never closes is not a syntax error to browsers that nest CSS: every rule
 * after it silently becomes a descendant of it and stops applying (it once hid the comment
 * actions' and the report dialog's styles). This walks the blocks and says where one is left open.
 */
const CSS = readFileSync(join(__dirname, '../../app/globals.css'), 'utf8');

type Block = { head: string; line: number };

const blocks = (css: string) => {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const open: Block[] = [];
  const nested: string[] = [];
  let head = '';
  let line = 1;
  for (const char of text) {
    if (char === '\n') line += 1;
    if (char === '{') {
      const parent = open.at(-1);
      const block = { head: head.trim(), line };
      if (parent && !parent.head.startsWith('@')) nested.push(`${block.head} (line ${block.line}) inside ${parent.head} (line ${parent.line})`);
      open.push(block);
      head = '';
    } else if (char === '}') {
      open.pop();
      head = '';
    } else if (char === ';') {
      head = '';
    } else {
      head += char;
    }
  }
  return { nested, unclosed: open.map(({ head: name, line: at }) => `${name} (line ${at})`) };
};

describe('app/globals.css', () => {
  it('closes every block and nests rules only in at-rules', () => {
    expect(blocks(CSS)).toEqual({ nested: [], unclosed: [] });
  });

  it('would name a rule left open', () => {
    expect(blocks('.a {\n  color: red;\n\n.b {\n  color: blue;\n}\n')).toEqual({ nested: ['.b (line 4) inside .a (line 1)'], unclosed: ['.a (line 1)'] });
  });
});
