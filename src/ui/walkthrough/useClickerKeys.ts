// Which case the walk-through shows, moved with the keys a slide clicker sends (Page Up/Down) and
// the keyboard's arrows, space, Home and End, wherever focus is in the walk-through.

import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** How far each key moves: forward or back by one. */
const MOVES: Partial<Record<string, 1 | -1>> = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };

/**
 * The index of the case shown, of `count`, and a function to show another. The keys are shortcuts
 * for the whole walk-through, as on a slide show, so they are heard on its element (`container`),
 * which holds focus from the start, rather than on one control.
 */
export function useClickerKeys(container: RefObject<HTMLElement>, count: number): [number, (next: number) => void] {
  const [index, setIndex] = useState(0);
  const within = (next: number) => Math.min(Math.max(next, 0), count - 1);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // Space and Enter on a button press that button.
      if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
      const move = MOVES[event.key];
      if (move !== undefined) setIndex((current) => within(current + move));
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(within(count - 1));
      else return;
      event.preventDefault();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [container, count]);
  return [index, (next) => setIndex(within(next))];
}
