// The ways to hand a quote request over that always work, sent or not: a printable sheet (in the
// agent's language), a JSON file, and a copy to the clipboard.

import { useState } from 'preact/hooks';
import type { QuoteRequest } from '../../core/lib.js';
import { useT, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { downloadJson, openPrintSheet } from './deliver.js';

export function QuoteFallbacks({ request }: { request: QuoteRequest }) {
  const { i18n } = useWidgetContext();
  const { content } = useFullContent();
  const { t } = useT();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(request, null, 2));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <div class="fallbacks">
      <h3>{t('quote.fallbackHeading')}</h3>
      <div class="step-nav">
        <button type="button" class="button secondary" onClick={() => openPrintSheet(request, { content, t: i18n.getFixedT(request.language) })}>
          {t('quote.print')}
        </button>
        <button type="button" class="button secondary" onClick={(e) => downloadJson(request, e.currentTarget)}>
          {t('quote.download')}
        </button>
        <button type="button" class="button secondary" onClick={() => void copy()}>
          {t('quote.copy')}
        </button>
      </div>
      <p class="note" role="status">
        {copyState === 'copied' ? t('quote.copied') : copyState === 'failed' ? t('quote.copyFailed') : ''}
      </p>
    </div>
  );
}
