import { z } from 'zod';

/** Strapi 5 "blocks" rich text, the subset our editors can produce. */
export type TextNode = {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type ListItemNode = { type: 'list-item'; children: InlineNode[] };
export type ListNode = {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: Array<ListItemNode | ListNode>;
};
export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; children: InlineNode[] }
  | ListNode
  | {
      type: 'image';
      image: { url: string; alternativeText?: string | null; width?: number | null; height?: number | null };
      children: InlineNode[];
    };
export type Blocks = BlockNode[];

const textNode = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
const linkNode = z.object({ type: z.literal('link'), url: z.string(), children: z.array(textNode) });
const inlineNode = z.union([textNode, linkNode]);

const listNode: z.ZodType<ListNode> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    children: z.array(
      z.union([z.object({ type: z.literal('list-item'), children: z.array(inlineNode) }), listNode]),
    ),
  }),
);

export const blockNodeSchema: z.ZodType<BlockNode> = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(inlineNode) }),
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
    children: z.array(inlineNode),
  }),
  z.object({ type: z.literal('quote'), children: z.array(inlineNode) }),
  z.object({ type: z.literal('code'), children: z.array(inlineNode) }),
  listNode,
  z.object({
    type: z.literal('image'),
    image: z.object({
      url: z.string(),
      alternativeText: z.string().nullish(),
      width: z.number().nullish(),
      height: z.number().nullish(),
    }),
    children: z.array(inlineNode),
  }),
]);
export const blocksSchema = z.array(blockNodeSchema);

/** Plain text of a block tree, for descriptions, feeds and word counts. */
export const blocksToPlainText = (blocks: Blocks): string[] =>
  blocks.map((block) => (block.type === 'image' ? '' : inlineText(block.children))).filter(Boolean);

const inlineText = (nodes: Array<InlineNode | ListItemNode | ListNode>): string =>
  nodes.map((node) => ('text' in node ? node.text : inlineText(node.children))).join('');

/** Turns plain paragraphs (the seed, imports) into blocks. */
export const paragraphsToBlocks = (paragraphs: string[]): Blocks =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
