'use client';

import { useEffect, useRef, useState } from 'react';

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Appears once the reader has scrolled a screen down. An IntersectionObserver watches a sentinel
 * as tall as the first screen, so nothing runs on every scroll frame.
 */
export function BackToTop({ targetId = 'top' }: { targetId?: string }) {
  const sentinel = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const element = sentinel.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setVisible(entry ? !entry.isIntersecting : false));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const backToTop = () => {
    window.scrollTo({ top: 0, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
    document.getElementById(targetId)?.focus({ preventScroll: true });
  };

  return (
    <>
      <div ref={sentinel} className="back-to-top__sentinel" aria-hidden="true" />
      <button type="button" className="back-to-top" hidden={!visible} onClick={backToTop}>
        <span aria-hidden="true">↑</span> Back to top
      </button>
    </>
  );
}
