// Values that follow the store or another value one frame late, for what is slow to draw: after
// a what-if change the next frame shows what is cheap (the digit typed, the plan chosen) at once,
// and the figures that depend on it follow in the frame after. Changes quicker than that are
// drawn once, the last.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoreState } from '../state/store.js';
import { useWidgetContext } from './context.js';

export function useDeferred<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    // Effects run once the frame is painted; the timer leaves that frame's own work to finish first.
    const timer = setTimeout(() => setShown(() => value));
    return () => clearTimeout(timer);
  }, [value, shown]);
  return shown;
}

/**
 * A slice of the store like useWidget, for parts slow to draw: a change reaches them after the
 * next frame has been painted, so that the frame shows the cheap part of a change (the digit
 * typed) at once; changes quicker than a frame reach them once, the last.
 */
export function useWidgetLater<T>(selector: (state: StoreState) => T): T {
  const { store } = useWidgetContext();
  const [selected, setSelected] = useState(() => selector(store.getState()));
  const latest = useRef(selector);
  latest.current = selector;
  useEffect(() => {
    let frame: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => setSelected(() => latest.current(store.getState()));
    const later = () => {
      if (frame !== undefined || timer !== undefined) return;
      frame = requestAnimationFrame(() => {
        frame = undefined;
        // A timer set in a frame runs once that frame is painted.
        timer = setTimeout(() => {
          timer = undefined;
          update();
        });
      });
    };
    update(); // what changed between the render and now
    const unsubscribe = store.subscribe(later);
    return () => {
      unsubscribe();
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [store]);
  return selected;
}
