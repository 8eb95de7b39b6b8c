import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { COMMENT_LIMITS, type CommentPage, type PublicComment } from '@derna/contracts';
import { CommentsArea, type CommentsAreaProps } from '@/components/comments/comments-area.client';

const comment = (id: string, overrides: Partial<PublicComment> = {}): PublicComment => ({
  id,
  parentId: null,
  authorName: `Reader ${id}`,
  authorUrl: null,
  body: `Words of ${id}.`,
  createdAt: '2024-01-02T00:00:00.000Z',
  replies: [],
  ...overrides,
});

const page = (comments: PublicComment[], approvedCount = comments.length, pageCount = 1): CommentPage => ({
  comments,
  approvedCount,
  pagination: { page: 1, pageSize: 20, pageCount, total: comments.length },
  pinnedAt: '2024-02-01T00:00:00.000Z',
});

// The comments API is exercised against the real server in tests/html: nothing here fetches
// (the area refreshes only when the reader comes back to the tab, and on "Load more").
const renderArea = (overrides: Partial<CommentsAreaProps> = {}) =>
  render(<CommentsArea articleId="doc123" slug="a-story" open firstPage={page([])} {...overrides} />);

beforeEach(() => window.localStorage.clear());

describe('comments area', () => {
  it('announces no comments yet, then "Leave a Reply" with the WordPress note', () => {
    renderArea();
    expect(screen.getByRole('heading', { level: 2, name: 'No comments yet' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Leave a Reply' })).toBeInTheDocument();
    const note = (_: string, element: Element | null) =>
      element?.tagName === 'P' && element.textContent === 'Your email address will not be published. Required fields are marked *';
    expect(screen.getByText(note)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'No comments yet' })).toBeInTheDocument();
  });

  it('counts every approved comment, replies included, in the heading', () => {
    renderArea({ firstPage: page([comment('c1', { replies: [comment('c2', { parentId: 'c1' })] })], 2) });
    expect(screen.getByRole('heading', { name: '2 Comments' })).toBeInTheDocument();
    const parent = screen.getByRole('article', { name: 'Comment by Reader c1' });
    expect(parent).toHaveTextContent('Words of c1.');
    const reply = screen.getByRole('article', { name: 'Comment by Reader c2' });
    expect(reply.closest('ol')).toHaveClass('comment-list--children');
  });

  it('renders markup in comments as text, and links websites as nofollow ugc', () => {
    renderArea({ firstPage: page([comment('c1', { body: '<script>alert(1)</script>', authorUrl: 'https://example.com' })]) });
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(document.querySelector('.comment script')).toBeNull();
    expect(screen.getByRole('link', { name: 'Reader c1' })).toHaveAttribute('rel', 'external nofollow ugc noopener');
  });

  it('is a form with the fields WordPress has, each labelled, with limits', () => {
    renderArea();
    const form = screen.getByRole('form', { name: 'Leave a Reply' });
    for (const [label, limit] of [
      ['Comment', COMMENT_LIMITS.bodyBytes],
      ['Name', COMMENT_LIMITS.authorNameChars],
      ['Email', COMMENT_LIMITS.authorEmailChars],
    ] as const) {
      const field = within(form).getByRole('textbox', { name: label });
      expect(field).toBeRequired();
      expect(field).toHaveAttribute('maxLength', String(limit));
    }
    expect(within(form).getByRole('textbox', { name: 'Website' })).not.toBeRequired();
    expect(within(form).getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Your email address will not be published.');
    expect(within(form).getByRole('button', { name: 'Post Comment' })).toHaveAttribute('type', 'submit');
    expect(form.querySelector('input[name="article"]')).toHaveValue('doc123');
  });

  it('moves the form under a comment to reply, keeping what was typed, and back', async () => {
    const user = userEvent.setup();
    renderArea({ firstPage: page([comment('c1', { authorName: 'Amal' })]) });
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Half a thought');
    const reply = screen.getByRole('link', { name: 'Reply to Amal' });
    expect(reply).toHaveAttribute('href', '/news/a-story/reply/c1#respond');
    await user.click(reply);
    const thread = screen.getByRole('article', { name: 'Comment by Amal' }).closest('li') as HTMLElement;
    expect(within(thread).getByRole('heading', { name: /Reply to Amal/ })).toBeInTheDocument();
    expect(within(thread).getByRole('textbox', { name: 'Comment' })).toHaveValue('Half a thought');
    expect(thread.querySelector('input[name="parent"]')).toHaveValue('c1');
    await user.click(screen.getByRole('link', { name: 'Cancel reply' }));
    expect(screen.getByRole('heading', { name: 'Leave a Reply' })).toBeInTheDocument();
    expect(document.querySelector('input[name="parent"]')).toHaveValue('');
  });

  it("shows the reader's own comments awaiting moderation, until they are published", () => {
    const mine = { ...comment('p1', { body: 'My pending words' }), status: 'pending' as const };
    window.localStorage.setItem('derna:pending:doc123', JSON.stringify([{ ...mine, createdAt: new Date().toISOString() }]));
    const { unmount } = renderArea();
    expect(screen.getByText('Your comment is awaiting moderation.')).toBeInTheDocument();
    expect(screen.getByText('My pending words')).toBeInTheDocument();
    unmount();
    renderArea({ firstPage: page([comment('p1', { body: 'My pending words' })]) });
    expect(screen.queryByText('Your comment is awaiting moderation.')).toBeNull();
    expect(window.localStorage.getItem('derna:pending:doc123')).toBeNull();
  });

  it('fills in saved details, and forgets them when the box is unticked', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem('derna:commenter', JSON.stringify({ authorName: 'Amal', authorEmail: 'amal@example.com', authorUrl: '' }));
    renderArea();
    const box = screen.getByRole('checkbox', { name: 'Save my name, email, and website in this browser for the next time I comment.' });
    expect(box).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Amal');
    await user.click(box);
    expect(window.localStorage.getItem('derna:commenter')).toBeNull();
  });

  it('says "Comments are closed." instead of the form when they are', () => {
    renderArea({ open: false, firstPage: page([comment('c1')]) });
    expect(screen.getByText('Comments are closed.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('link', { name: /Reply to/ })).toBeNull();
  });

  it('offers more comments when there are more pages', () => {
    renderArea({ firstPage: page([comment('c1')], 30, 2) });
    // A link, so that it works without JavaScript too: to the next page of comments.
    expect(screen.getByRole('link', { name: 'Load more comments' })).toHaveAttribute('href', '/news/a-story/comments/2#comments');
  });
});
