import { Fragment, type ReactNode } from 'react';
import type { BlockNode, InlineNode, ListNode } from '@derna/contracts';

/** Strapi "blocks" rendered on the server as plain HTML: no client JavaScript for reading. */
export function Blocks({ blocks }: { blocks: BlockNode[] }) {
  return <>{blocks.map((block, index) => renderBlock(block, index))}</>;
}

const safeHref = (url: string) => (/^(https?:|mailto:|\/|#)/i.test(url) ? url : undefined);

const renderInline = (nodes: InlineNode[]): ReactNode[] =>
  nodes.map((node, index) => {
    if (node.type === 'link') {
      const external = /^https?:/i.test(node.url);
      return (
        <a key={index} href={safeHref(node.url)} rel={external ? 'noopener' : undefined}>
          {renderInline(node.children)}
        </a>
      );
    }
    let content: ReactNode = node.text;
    if (node.code) content = <code>{content}</code>;
    if (node.bold) content = <strong>{content}</strong>;
    if (node.italic) content = <em>{content}</em>;
    if (node.underline) content = <u>{content}</u>;
    if (node.strikethrough) content = <s>{content}</s>;
    // Plain text stays plain: no wrapper element in the HTML or the page's RSC payload.
    return typeof content === 'string' ? content : <Fragment key={index}>{content}</Fragment>;
  });

const renderList = (list: ListNode, key: number): ReactNode => {
  const items = list.children.map((item, index) =>
    item.type === 'list' ? renderList(item, index) : <li key={index}>{renderInline(item.children)}</li>,
  );
  return list.format === 'ordered' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
};

const HEADINGS = { 1: 'h2', 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;

const renderBlock = (block: BlockNode, key: number): ReactNode => {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(block.children)}</p>;
    case 'heading': {
      // The story's title is the page's only h1.
      const Heading = HEADINGS[block.level];
      return <Heading key={key}>{renderInline(block.children)}</Heading>;
    }
    case 'quote':
      return <blockquote key={key}>{renderInline(block.children)}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{renderInline(block.children)}</code>
        </pre>
      );
    case 'list':
      return renderList(block, key);
    case 'image':
      return (
        // eslint-disable-next-line @next/next/no-img-element -- inline body images have no known size budget
        <img key={key} src={block.image.url} alt={block.image.alternativeText ?? ''} loading="lazy" />
      );
  }
};
