// Where the deck is: which case, and how much of it is shown. The keys a slide clicker sends (Page
// Up/Down) and the keyboard's arrows and space move through it as a presentation's builds do:
// forward shows the next part of the case (each item, then the total, then what the plans pay),
// and once it is all shown, the next case. R shows the whole case at once; Home and End jump.

import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** How far each key moves: forward or back by one. */
const MOVES: Partial<Record<string, 1 | -1>> = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 };

export interface DeckPosition {
  /** The case shown. */
  index: number;
  /** How many of its parts are shown, from 0 to its count. */
  shown: number;
}

/**
 * Moves through cases of `parts[i]` parts each. Forward shows one more part, then goes to the next
 * case with none shown; back goes to the previous case, whole, as a presenter going back to it
 * wants it.
 */
export function step(position: DeckPosition, parts: readonly number[], move: 1 | -1): DeckPosition {
  const { index, shown } = position;
  if (move === 1) {
    if (shown < (parts[index] ?? 0)) return { index, shown: shown + 1 };
    return index < parts.length - 1 ? { index: index + 1, shown: 0 } : position;
  }
  return index > 0 ? { index: index - 1, shown: parts[index - 1] ?? 0 } : { index: 0, shown: 0 };
}

/**
 * The deck's position, and a way to move it (a step, or a case to show whole). The keys are the
 * whole deck's shortcuts, as in a slide show, so they are heard on its element (`container`),
 * which holds focus from the start, rather than on one control; `onKey` hears the other keys.
 */
export function useClickerKeys(container: RefObject<HTMLElement>, parts: readonly number[], onKey: (key: string) => boolean) {
  const [position, setPosition] = useState<DeckPosition>({ index: 0, shown: 0 });
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // Space and Enter on a button press that button.
      if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
      const move = MOVES[event.key];
      const key = event.key.toLowerCase();
      if (move !== undefined) setPosition((current) => step(current, parts, move));
      else if (event.key === 'Home') setPosition({ index: 0, shown: 0 });
      else if (event.key === 'End') setPosition({ index: parts.length - 1, shown: 0 });
      else if (key === 'r') setPosition((current) => ({ ...current, shown: parts[current.index] ?? 0 }));
      else if (!onKey(key)) return;
      event.preventDefault();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [container, parts, onKey]);
  return { position, move: (direction: 1 | -1) => setPosition((current) => step(current, parts, direction)) };
}
