import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

const WAIT_MS = 5_000;

/**
 * After moving to another page, the keyboard and screen reader continue at the new page's
 * heading (as after a full page load they start at the top), unless the page already put the
 * focus somewhere itself (a form's first field). Pages load their data first: wait for the h1.
 */
export function FocusOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const focusHeading = () => {
      const active = document.activeElement;
      if (active !== null && active !== document.body) return true;
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (heading === null) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(stop);
    };
  }, [pathname]);
  return null;
}
