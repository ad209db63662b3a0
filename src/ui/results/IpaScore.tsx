// The IPA 5-minute self-check score: the number, its band and advice, how many questions are still
// unanswered or counted as done because they do not apply, and every one answered "don't know".
// The score goes from -25 to 100, like IPA's sheet; below 0 it shows a real minus sign, which a
// hyphen at this size would not read as.

import { useMemo } from 'preact/hooks';
import { ipaScore } from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import { useT, useWidget } from '../context.js';
import { useFullContent } from '../full-content.js';
import { ToFindOut } from './ToFindOut.js';

/** The score as shown: -25 as "−25" (U+2212 MINUS SIGN). */
export function scoreText(score: number): string {
  return score < 0 ? `\u2212${-score}` : String(score);
}

export function IpaScore() {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const answers = useWidget((s) => s.answers);
  const ipa = useMemo(() => ipaScore(content, answers), [content, answers]);
  const band = local(ipa.band.title, lang);
  const score = scoreText(ipa.score);
  return (
    <>
      <div class={`score-card band-${ipa.band.id}`} part="score">
        <p class="score-label">{t('results.ipaLabel')}</p>
        <p class="score" aria-hidden="true">
          <span class="score-value">{score}</span> <span class="score-max">{t('results.outOf')}</span>
        </p>
        <p class="visually-hidden">{t('results.scoreText', { score, band })}</p>
        <p class="band-title" aria-hidden="true">
          {band}
        </p>
        <p>{local(ipa.band.advice, lang)}</p>
      </div>
      {ipa.unanswered.length > 0 && <p class="note">{t('results.unanswered', { count: ipa.unanswered.length })}</p>}
      {ipa.notApplicable.length > 0 && <p class="note">{t('results.notApplicable', { count: ipa.notApplicable.length })}</p>}
      <ToFindOut />
    </>
  );
}
