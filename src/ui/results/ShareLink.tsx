import { useState } from 'preact/hooks';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { QrCode } from './QrCode.js';
import { shareUrl } from './share-url.js';

/** A link that carries the answers in its fragment (never sent to a server), to open elsewhere. */
export function ShareLink() {
  const { content } = useWidgetContext();
  const { t } = useT();
  const answers = useWidget((s) => s.answers);
  const [link, setLink] = useState<string | undefined>();
  const [copied, setCopied] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const create = () => {
    setLink(shareUrl(content, answers));
    setCopied(false);
  };
  // Never rejects: a copy the browser refuses just leaves "copied" unsaid (the link can still be selected and copied by hand).
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section class="subsection share" aria-labelledby="share-heading" part="share">
      <h3 id="share-heading">{t('results.shareHeading')}</h3>
      <p class="note">{t('results.shareIntro')}</p>
      {link ? (
        <div class="field">
          <label for="share-link">{t('results.shareLabel')}</label>
          <input id="share-link" type="text" readOnly value={link} aria-describedby="share-note" onFocus={(e) => e.currentTarget.select()} />
          <p class="note" id="share-note">
            {t('results.shareNote')}
          </p>
          <div class="step-nav">
            <button type="button" class="button secondary" onClick={() => void copy(link)}>
              {t('results.shareCopy')}
            </button>
            {!showQr && (
              <button type="button" class="button secondary" onClick={() => setShowQr(true)}>
                {t('results.shareQr')}
              </button>
            )}
          </div>
          {showQr && <QrCode text={link} />}
          <p class="note" role="status">
            {copied ? t('results.shareCopied') : ''}
          </p>
        </div>
      ) : (
        <button type="button" class="button secondary" onClick={create}>
          {t('results.shareCreate')}
        </button>
      )}
    </section>
  );
}
