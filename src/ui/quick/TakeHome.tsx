// The end of the quick check: in a seminar, a link (and its QR code) that opens the full check later
// with these answers; at home (a take-home link that could not be read), the full check right here.

import { useMemo, useState } from 'preact/hooks';
import { questionSteps, stepsFor } from '../../core/lib.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { QrCode } from '../results/QrCode.js';
import { takeHomeUrl } from './links.js';

function ContinueHere() {
  const { store, content } = useWidgetContext();
  const { t } = useT();
  const goOn = () => {
    store.setState({ quickCheck: false });
    const state = store.getState();
    // The first step with a question the quick check did not ask.
    const step = questionSteps(stepsFor(content, state.answers)).find((s) => s.questions.some((q) => state.answers[q.id] === undefined));
    if (step) state.goTo(step.id);
  };
  return (
    <div class="decision-nav">
      <button type="button" class="button primary" onClick={goOn}>
        {t('quick.continueHere')}
      </button>
    </div>
  );
}

export function TakeHome() {
  const { content, seminar } = useWidgetContext();
  const { t } = useT();
  const answers = useWidget((s) => s.answers);
  const link = useMemo(() => takeHomeUrl(content, answers, seminar?.fullVersionUrl), [content, answers, seminar]);
  const [showQr, setShowQr] = useState(false);
  const [copied, setCopied] = useState(false);
  if (!seminar) return <ContinueHere />;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false); // refused: the link stays in its box, to select by hand
    }
  };
  return (
    <section class="subsection take-home" aria-labelledby="take-home-heading" part="take-home">
      <h3 id="take-home-heading">{t('quick.takeHomeHeading')}</h3>
      <p>{t('quick.takeHomeIntro')}</p>
      <div class="decision-nav">
        <a class="button primary" href={link} target="_blank" rel="noopener">
          {t('quick.takeHomeOpen')}
        </a>
      </div>
      <div class="field">
        <label for="take-home-link">{t('quick.takeHomeLabel')}</label>
        <input id="take-home-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div class="step-nav">
        <button type="button" class="button secondary" onClick={() => void copy()}>
          {t('quick.takeHomeCopy')}
        </button>
        {!showQr && (
          <button type="button" class="button secondary" onClick={() => setShowQr(true)}>
            {t('quick.takeHomeQr')}
          </button>
        )}
      </div>
      {showQr && <QrCode text={link} label={t('quick.takeHomeQrLabel')} />}
      <p class="note" role="status">
        {copied ? t('quick.takeHomeCopied') : ''}
      </p>
    </section>
  );
}
