// Code that only some users reach (results, the quote form, the walk-through) loads when first
// shown, with the part of the content it needs, keeping the first screen small.
// preact/compat's lazy + Suspense would cost 2-4 KB more for the same thing.

import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isFullContent } from '../core/content/parts.js';
import { useT, useWidgetContext } from './context.js';

export interface LazyComponent<P> {
  (props: P): preact.JSX.Element | null;
  /** Starts loading ahead of need, e.g. when the browser is idle. */
  preload: () => Promise<unknown>;
}

let laterStyles: Promise<string> | undefined;
let laterCss = '';
/** The styles of all the lazy parts: one small sheet, loaded with the first of them (or a seminar's screens). */
export const loadLaterStyles = () => (laterStyles ??= import('./later.css?inline').then((m) => (laterCss = m.default)));

/**
 * A part shown once its code, its styles and the whole content (see useFullContent) are loaded,
 * or only its code and styles for a part that uses no content (`needsContent: false`); meanwhile a
 * loading note, or nothing for a `quiet` part that only sometimes shows anything.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>, { quiet = false, needsContent = true } = {}): LazyComponent<P> {
  let component: ComponentType<P> | undefined;
  let pending: Promise<unknown> | undefined;
  const preload = () => (pending ??= Promise.all([load(), loadLaterStyles()]).then(([loaded]) => (component = loaded)));
  function Lazy(props: P) {
    const { t } = useT();
    const { content, ensureContent, addStyles } = useWidgetContext();
    const [, loaded] = useState(0);
    const contentReady = () => !needsContent || isFullContent(content);
    // The part, once it and what it needs are loaded.
    const Loaded = contentReady() && component;
    useEffect(() => {
      // Loaded meanwhile (say, by the background prefetch) after this render showed the note.
      if (component && contentReady()) {
        if (!Loaded) loaded((n) => n + 1);
        return;
      }
      let live = true;
      Promise.all([preload(), needsContent && ensureContent()]).then(
        () => live && loaded((n) => n + 1),
        (error: unknown) => console.error('cyber-risk-check: a part failed to load', error),
      );
      return () => {
        live = false;
      };
    }, []);
    if (!Loaded)
      return quiet ? null : (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      );
    addStyles(laterCss); // once per widget; before the part's first paint
    return <Loaded {...props} />;
  }
  Lazy.preload = preload;
  return Lazy;
}
