import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BackToTop } from '@/components/site/back-to-top.client';

type Callback = (entries: Array<{ isIntersecting: boolean }>) => void;
let report: Callback = () => undefined;

beforeEach(() => {
  window.IntersectionObserver = jest.fn((callback: Callback) => {
    report = callback;
    return { observe: jest.fn(), disconnect: jest.fn(), unobserve: jest.fn() };
  }) as unknown as typeof IntersectionObserver;
  window.scrollTo = jest.fn();
  window.matchMedia = jest.fn((query: string) => ({ matches: query.includes('reduce') })) as unknown as typeof window.matchMedia;
});

const renderWithTop = () =>
  render(
    <>
      <header id="top" tabIndex={-1}>
        Site
      </header>
      <BackToTop />
    </>,
  );

describe('Back to top', () => {
  it('stays out of the way (and out of the tab order) until the reader has scrolled', () => {
    renderWithTop();
    expect(screen.queryByRole('button', { name: 'Back to top' })).toBeNull();
    act(() => report([{ isIntersecting: false }]));
    expect(screen.getByRole('button', { name: 'Back to top' })).toBeVisible();
    act(() => report([{ isIntersecting: true }]));
    expect(screen.queryByRole('button', { name: 'Back to top' })).toBeNull();
  });

  it('is reachable by keyboard, scrolls to the top and moves focus there', async () => {
    const user = userEvent.setup();
    renderWithTop();
    act(() => report([{ isIntersecting: false }]));
    // The header (tabIndex -1) is skipped: the button is the first stop.
    await user.tab();
    const button = screen.getByRole('button', { name: 'Back to top' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    // prefers-reduced-motion: reduce (mocked above) → no smooth scrolling.
    expect(window.scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'instant' });
    expect(document.getElementById('top')).toHaveFocus();
  });

  it('scrolls smoothly when motion is fine', async () => {
    window.matchMedia = jest.fn(() => ({ matches: false })) as unknown as typeof window.matchMedia;
    renderWithTop();
    act(() => report([{ isIntersecting: false }]));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Back to top' }));
    expect(window.scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'smooth' });
  });
});
