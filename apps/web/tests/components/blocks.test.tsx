import { render } from '@testing-library/react';
import type { BlockNode } from '@derna/contracts';
import { Blocks } from '@/components/story/blocks';

const text = (value: string, marks = {}) => ({ type: 'text' as const, text: value, ...marks });

describe('blocks renderer', () => {
  it('renders markup in the text as text, never as HTML', () => {
    const blocks: BlockNode[] = [
      { type: 'paragraph', children: [text('<script>alert("x")</script>'), text('<img src=x onerror=alert(1)>', { bold: true })] },
    ];
    const { container } = render(<Blocks blocks={blocks} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(container.innerHTML).toContain('&lt;script&gt;');
  });

  it('drops links to javascript: and keeps safe ones', () => {
    const blocks: BlockNode[] = [
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'javascript:alert(1)', children: [text('bad')] },
          { type: 'link', url: 'https://example.org/', children: [text('good')] },
        ],
      },
    ];
    const { getByText } = render(<Blocks blocks={blocks} />);
    expect(getByText('bad').closest('a')).not.toHaveAttribute('href');
    expect(getByText('good').closest('a')).toHaveAttribute('href', 'https://example.org/');
  });

  it('keeps the page to one h1: a heading 1 in the body becomes h2', () => {
    const { container } = render(<Blocks blocks={[{ type: 'heading', level: 1, children: [text('Section')] }]} />);
    expect(container.querySelector('h1')).toBeNull();
    expect(container.querySelector('h2')).toHaveTextContent('Section');
  });
});
