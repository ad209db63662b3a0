// The ways to hand a quote request over that always work, sent or not: the whole request as text
// to copy or save (in the agent's language), a printable sheet, and a JSON file for systems. After
// a mail draft was opened, the same buttons carry the whole request into that mail.

import { useState } from 'preact/hooks';
import type { QuoteRequest } from '../../core/lib.js';
import { useT, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { downloadJson, downloadText, openPrintSheet } from './deliver.js';
import { requestText } from './request-text.js';

export function QuoteFallbacks({ request, mail = false }: { request: QuoteRequest; mail?: boolean }) {
  const { i18n } = useWidgetContext();
  const { content } = useFullContent();
  const { t } = useT();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const agent = { content, t: i18n.getFixedT(request.language) };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(requestText(request, agent.content, agent.t));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <div class={mail ? 'fallbacks mail' : 'fallbacks'}>
      <h3>{mail ? t('quote.mailHeading') : t('quote.fallbackHeading')}</h3>
      {mail && <p>{t('quote.mailSteps')}</p>}
      <div class="step-nav">
        <button type="button" class="button secondary" onClick={() => void copy()}>
          {t('quote.copyText')}
        </button>
        <button type="button" class="button secondary" onClick={(e) => downloadText(request, agent, e.currentTarget)}>
          {t('quote.downloadText')}
        </button>
        <button type="button" class="button secondary" onClick={() => openPrintSheet(request, agent)}>
          {t('quote.print')}
        </button>
        <button type="button" class="button secondary" onClick={(e) => downloadJson(request, e.currentTarget)}>
          {t('quote.download')}
        </button>
      </div>
      <p class="note" role="status">
        {copyState === 'copied' ? t('quote.copied') : copyState === 'failed' ? t('quote.copyFailed') : ''}
      </p>
    </div>
  );
}
