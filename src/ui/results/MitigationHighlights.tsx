// The controls answered that make likely losses smaller, each with the scenarios it mitigates.

import { useMemo } from 'preact/hooks';
import { formatList, mitigationHighlights, questionText } from '../../core/lib.js';
import type { Answers } from '../../core/types.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { pure } from '../pure.js';

export const MitigationHighlights = pure(function MitigationHighlights({ answers }: { answers: Answers }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const highlights = useMemo(() => mitigationHighlights(content, answers), [content, answers]);
  if (highlights.length === 0) return null;
  return (
    <>
      <h4>{t('discount.mitigationHeading')}</h4>
      <ul class="plain-list">
        {highlights.map((h) => (
          <li key={h.questionId}>
            {questionText(content, h.questionId, lang)}
            <span class="step-meta">
              {t('discount.mitigates', {
                scenarios: formatList(
                  h.scenarios.map((s) => t(`scenarios.${s}`)),
                  lang,
                ),
              })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
});
