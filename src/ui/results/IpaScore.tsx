// The IPA 5-minute self-check score: the number, its band and advice, how many questions are still
// unanswered, and the ones answered "don't know".

import { useMemo } from 'preact/hooks';
import { ipaScore, questionText } from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import { useT, useWidget } from '../context.js';
import { useFullContent } from '../full-content.js';

export function IpaScore() {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const answers = useWidget((s) => s.answers);
  const ipa = useMemo(() => ipaScore(content, answers), [content, answers]);
  const band = local(ipa.band.title, lang);
  return (
    <>
      <div class={`score-card band-${ipa.band.id}`} part="score">
        <p class="score-label">{t('results.ipaLabel')}</p>
        <p class="score" aria-hidden="true">
          <span class="score-value">{ipa.score}</span> <span class="score-max">{t('results.outOf')}</span>
        </p>
        <p class="visually-hidden">{t('results.scoreText', { score: ipa.score, band })}</p>
        <p class="band-title" aria-hidden="true">
          {band}
        </p>
        <p>{local(ipa.band.advice, lang)}</p>
      </div>
      {ipa.unanswered.length > 0 && <p class="note">{t('results.unanswered', { count: ipa.unanswered.length })}</p>}
      {ipa.unknown.length > 0 && (
        <section class="subsection" aria-labelledby="unknown-heading">
          <h3 id="unknown-heading">{t('results.unknownHeading')}</h3>
          <p class="note">{t('results.unknownHint')}</p>
          <ul class="plain-list">
            {ipa.unknown.map((id) => (
              <li key={id}>{questionText(content, id, lang)}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
