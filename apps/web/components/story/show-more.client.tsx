'use client';

import { useEffect, useRef, useState } from 'react';

const hashTarget = () => {
  const id = decodeURIComponent(window.location.hash.slice(1));
  return id ? document.getElementById(id) : null;
};

/**
 * Only toggles: the text is already in the page. Reveals on click, on find-in-page (beforematch),
 * on a link to something inside, and before printing.
 */
export function ShowMore({ controls }: { controls: string }) {
  const [expanded, setExpanded] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const region = document.getElementById(controls);
    if (!region) return;
    region.setAttribute('data-ready', '');
    // A value React would not pass through: hidden, yet still found by find-in-page.
    if (expanded) region.removeAttribute('hidden');
    else region.setAttribute('hidden', 'until-found');
  }, [controls, expanded]);

  useEffect(() => {
    const region = document.getElementById(controls);
    if (!region) return;
    const expand = () => setExpanded(true);
    const onHash = () => {
      const target = hashTarget();
      if (!target || !region.contains(target)) return;
      region.removeAttribute('hidden');
      expand();
      target.scrollIntoView();
    };
    onHash();
    region.addEventListener('beforematch', expand);
    window.addEventListener('hashchange', onHash);
    window.addEventListener('beforeprint', expand);
    return () => {
      region.removeEventListener('beforematch', expand);
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('beforeprint', expand);
    };
  }, [controls]);

  const toggle = () => {
    const region = document.getElementById(controls);
    setExpanded(!expanded);
    if (!region) return;
    if (expanded) {
      // The story got shorter above the reader: bring the button back into view.
      region.setAttribute('hidden', 'until-found');
      button.current?.scrollIntoView({ block: 'nearest' });
      return;
    }
    // Reveal now (not after the re-render) so focus can land on the first new paragraph.
    region.removeAttribute('hidden');
    const first = region.firstElementChild;
    if (first instanceof HTMLElement) {
      first.tabIndex = -1;
      first.focus({ preventScroll: true });
    }
  };

  return (
    <div className="show-more" data-expanded={expanded}>
      <button ref={button} type="button" className="show-more__button" aria-expanded={expanded} aria-controls={controls} onClick={toggle}>
        {expanded ? 'Show Less' : 'Show More'}
      </button>
    </div>
  );
}
