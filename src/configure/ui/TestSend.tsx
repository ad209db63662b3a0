// Sending one lead marked as a test to the receiver being set up, and saying what came of it:
// arrived, refused (and why), unreachable, or not https. A mail address gets a draft to open.

import { useState } from 'preact/hooks';
import { mailtoUrl } from '../../core/quote/handoff.js';
import type { QuoteRequest } from '../../core/quote/types.js';
import { sendTestLead, type TestSendOutcome } from '../test-send.js';
import { testLead } from '../test-lead.js';
import { useConfigurator } from './context.js';

interface TestSendProps {
  /** The receiver's URL when it passes its check; `invalid` when one is typed but wrong. */
  webhook: { url: string; format?: 'simple' | 'json' } | 'invalid' | undefined;
  mailTo: string | undefined;
  partner: { id: string; name: string };
  template: QuoteRequest;
  version: string;
}

export function TestSend({ webhook, mailTo, partner, template, version }: TestSendProps) {
  const { t } = useConfigurator();
  const [state, setState] = useState<{ sending: true } | { outcome: TestSendOutcome; lead: QuoteRequest } | undefined>();
  const send = async () => {
    if (typeof webhook !== 'object') return;
    const lead = testLead(template, partner, crypto.randomUUID(), new Date(), version);
    setState({ sending: true });
    setState({ outcome: await sendTestLead(webhook.url, lead, webhook.format ? { format: webhook.format } : {}), lead });
  };
  const result = state && 'outcome' in state ? state : undefined;
  const message = result && outcomeText(t, result.outcome, result.lead.reference);
  return (
    <div class="test-send">
      <h3>{t('testSend.title')}</h3>
      <p class="hint">{t('testSend.help')}</p>
      {webhook === undefined && !mailTo && <p>{t('testSend.nothing')}</p>}
      {webhook === 'invalid' && <p>{t('testSend.fix')}</p>}
      {typeof webhook === 'object' && (
        <button type="button" onClick={() => void send()} disabled={state !== undefined && 'sending' in state}>
          {t('testSend.button')}
        </button>
      )}
      {mailTo && (
        <a class="mail-test" href={mailtoUrl(mailTo, { subject: `[TEST] ${t('testSend.title')}`, lines: [t('testSend.help')], truncatedNote: '' })}>
          {t('testSend.mail')}
        </a>
      )}
      <div role="status" class={`outcome ${result?.outcome.kind ?? ''}`}>
        {state && 'sending' in state && <p>{t('testSend.sending')}</p>}
        {message && <p>{message}</p>}
      </div>
      {result && (
        <details>
          <summary>{t('testSend.sent')}</summary>
          <pre>{JSON.stringify(result.lead, null, 2)}</pre>
        </details>
      )}
    </div>
  );
}

function outcomeText(t: ReturnType<typeof useConfigurator>['t'], outcome: TestSendOutcome, reference: string): string {
  switch (outcome.kind) {
    case 'confirmed':
      return t('testSend.confirmed', { reference });
    case 'serverError':
      return t('testSend.serverError', { status: outcome.status });
    case 'unconfirmed':
      return t('testSend.unconfirmed', { reference });
    case 'rejected':
      return t('testSend.rejected', { status: outcome.status, reason: outcome.reason });
    default:
      return t(`testSend.${outcome.kind}`);
  }
}
