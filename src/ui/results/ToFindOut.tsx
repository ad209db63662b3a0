// Every control answered "don't know", each with who can tell the owner: finding out may raise the
// score and the discount, as an unknown never counts as done.

import { questionText } from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { controlOf } from './action-labels.js';
import { useDecision } from './use-decision.js';

export function ToFindOut() {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const { toFindOut } = useDecision();
  if (toFindOut.length === 0) return null;
  return (
    <section class="subsection" aria-labelledby="unknown-heading">
      <h3 id="unknown-heading">{t('results.unknownHeading')}</h3>
      <p class="note">{t('results.unknownHint', { count: toFindOut.length })}</p>
      <ul class="plain-list to-find-out">
        {toFindOut.map((id) => {
          const question = controlOf(content, id);
          return (
            <li key={id}>
              <span class="find-out-question">{questionText(content, id, lang)}</span>
              {question?.askWho && <span class="step-meta">{t('results.askWho', { who: local(question.askWho, lang) })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
