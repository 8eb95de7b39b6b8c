import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BlockNode } from '@derna/contracts';
import { StoryBody } from '@/components/story/story-body';

const paragraphs = (count: number): BlockNode[] =>
  Array.from({ length: count }, (_, index) => ({ type: 'paragraph', children: [{ type: 'text', text: `Paragraph ${index + 1}.` }] }));

beforeEach(() => {
  // jsdom does no layout.
  Element.prototype.scrollIntoView = jest.fn();
});

describe('Show More on a long story', () => {
  it('is a button controlling the rest, collapsed until pressed, then "Show Less"', async () => {
    const user = userEvent.setup();
    render(<StoryBody blocks={paragraphs(9)} />);
    const button = screen.getByRole('button', { name: 'Show More' });
    const region = document.getElementById(button.getAttribute('aria-controls') ?? '');

    expect(region).not.toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(region).toHaveAttribute('hidden', 'until-found');
    expect(region).toHaveTextContent('Paragraph 5.');
    expect(region).not.toHaveTextContent('Paragraph 4.');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAccessibleName('Show Less');
    expect(region).not.toHaveAttribute('hidden');
    expect(screen.getByText('Paragraph 5.').closest('p')).toHaveFocus();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAccessibleName('Show More');
    expect(region).toHaveAttribute('hidden', 'until-found');
    expect(button).toHaveFocus();
    expect(button.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
  });

  it('opens when find-in-page matches hidden text', () => {
    render(<StoryBody blocks={paragraphs(9)} />);
    const button = screen.getByRole('button', { name: 'Show More' });
    act(() => void document.getElementById('story-rest')?.dispatchEvent(new Event('beforematch')));
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens when the address points inside the hidden part', () => {
    window.location.hash = '#deep-link';
    render(<StoryBody blocks={paragraphs(9)} />);
    document.getElementById('story-rest')?.lastElementChild?.setAttribute('id', 'deep-link');
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')));
    expect(screen.getByRole('button', { name: 'Show Less' })).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('story-rest')).not.toHaveAttribute('hidden');
    window.location.hash = '';
  });

  it('opens before printing', () => {
    render(<StoryBody blocks={paragraphs(9)} />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByRole('button', { name: 'Show Less' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('a short story', () => {
  it.each([1, 5])('with %i paragraphs shows everything and no button', (count) => {
    render(<StoryBody blocks={paragraphs(count)} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(`Paragraph ${count}.`)).toBeVisible();
  });
});
