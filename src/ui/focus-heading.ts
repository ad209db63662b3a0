// Moves focus to the heading of what is now shown when it changes (a new step, the quote's
// confirmation), so keyboard and screen-reader users land at the start of the new content. Never
// on first render: the widget must not steal focus from the host page on load.

import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function useFocusHeadingOnChange(view: string, root: RefObject<HTMLElement>): void {
  const shown = useRef(view);
  useEffect(() => {
    if (shown.current === view) return;
    shown.current = view;
    // A view whose code is still loading has no heading yet: wait a few frames for it.
    let frames = 0;
    const focusHeading = () => {
      const heading = root.current?.querySelector<HTMLElement>('#step-heading');
      if (heading) heading.focus();
      else if (frames++ < 120) requestAnimationFrame(focusHeading);
    };
    focusHeading();
  }, [view, root]);
}
