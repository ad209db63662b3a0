// A question's help: "why it matters" and "how to do it", behind a disclosure. The texts and the
// code that sets them out (HelpText) load after the first screen; opening a help early loads them at once.

import { useState } from 'preact/hooks';
import type { AskedQuestion } from '../../core/types.js';
import { local } from '../../i18n/index.js';
import { useT, useWidgetContext } from '../context.js';
import { lazy } from '../lazy.js';

const HelpText = lazy(() => import('./HelpText.js').then((m) => m.HelpText), { needsContent: false });

/** Fetches the code that shows help texts; the texts themselves come through ensureHelp. */
export const preloadHelpText = HelpText.preload;

export function Help({ question }: { question: AskedQuestion }) {
  const { ensureHelp } = useWidgetContext();
  const { t, lang } = useT();
  const [, refresh] = useState(0);
  if (!question.help) return null;
  const loaded = local(question.help.why, lang) !== '';
  return (
    <details class="help" part="help" onToggle={() => void ensureHelp().then(() => refresh((n) => n + 1))}>
      <summary>{t('question.helpSummary')}</summary>
      <div id={`help-${question.id}`}>{loaded ? <HelpText help={question.help} /> : <p role="status">{t('app.loading')}</p>}</div>
    </details>
  );
}
