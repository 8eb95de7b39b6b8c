import { render, screen, within } from '@testing-library/react';
import { COMMENT_LIMITS } from '@derna/contracts';
import { CommentSection } from '@/components/comments/comment-section';

const renderSection = (overrides: Partial<Parameters<typeof CommentSection>[0]> = {}) =>
  render(<CommentSection articleId="doc123" commentStatus="open" comments={[]} total={0} {...overrides} />);

describe('comments area', () => {
  it('announces no comments yet, then "Leave a Reply" with the WordPress note', () => {
    renderSection();
    expect(screen.getByRole('heading', { level: 2, name: 'No comments yet' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Leave a Reply' })).toBeInTheDocument();
    const note = (_: string, element: Element | null) =>
      element?.tagName === 'P' && element.textContent === 'Your email address will not be published. Required fields are marked *';
    expect(screen.getByText(note)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'No comments yet' })).toBeInTheDocument();
  });

  it('counts approved comments in the heading', () => {
    const comment = { id: 'c1', authorName: 'Amal', authorUrl: null, createdAt: '2024-01-02T00:00:00.000Z', body: 'Thanks.' };
    const { rerender } = renderSection({ comments: [comment], total: 1 });
    expect(screen.getByRole('heading', { name: '1 Comment' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Comment by Amal' })).toHaveTextContent('Thanks.');
    rerender(<CommentSection articleId="doc123" commentStatus="open" comments={[comment]} total={12} />);
    expect(screen.getByRole('heading', { name: '12 Comments' })).toBeInTheDocument();
  });

  it('is a plain form that posts without JavaScript', () => {
    renderSection();
    const form = screen.getByRole('form', { name: 'Leave a Reply' });
    expect(form).toHaveAttribute('method', 'post');
    expect(form).toHaveAttribute('action', '/api/comments');
    expect(within(form).getByDisplayValue('doc123')).toHaveAttribute('name', 'articleId');
    expect(within(form).getByDisplayValue('doc123')).toHaveAttribute('type', 'hidden');
    expect(within(form).getByRole('button', { name: 'Post Comment' })).toHaveAttribute('type', 'submit');
  });

  it.each([
    ['Comment', 'textbox', COMMENT_LIMITS.bodyBytes, undefined],
    ['Name', 'textbox', COMMENT_LIMITS.authorNameChars, 'name'],
    ['Email', 'textbox', COMMENT_LIMITS.authorEmailChars, 'email'],
  ] as const)('labels %s as required, with its limit', (label, role, maxLength, autoComplete) => {
    renderSection();
    const field = screen.getByRole(role, { name: label });
    expect(field).toBeRequired();
    expect(field).toHaveAttribute('maxLength', String(maxLength));
    if (autoComplete) expect(field).toHaveAttribute('autocomplete', autoComplete);
    expect(screen.getByText(label, { selector: 'label' }).querySelector('.required')).toHaveTextContent('*');
  });

  it('keeps Website optional and offers to remember the reader', () => {
    renderSection();
    const website = screen.getByRole('textbox', { name: 'Website' });
    expect(website).not.toBeRequired();
    expect(website).toHaveAttribute('type', 'url');
    expect(website).toHaveAttribute('maxLength', String(COMMENT_LIMITS.authorUrlChars));
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Your email address will not be published.');
    expect(
      screen.getByRole('checkbox', { name: 'Save my name, email, and website in this browser for the next time I comment.' }),
    ).not.toBeChecked();
  });

  it('says "Comments are closed." instead of the form when they are', () => {
    renderSection({ commentStatus: 'closed' });
    expect(screen.getByText('Comments are closed.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Leave a Reply' })).toBeNull();
  });
});
