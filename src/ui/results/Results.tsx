import { useMemo } from 'preact/hooks';
import { visibleQuestionIds } from '../../core/index.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { StartOver } from '../StartOver.js';
import { StepHeading } from '../StepHeading.js';

export function Results() {
  const { content, store } = useWidgetContext();
  const { t } = useT();
  const answers = useWidget((s) => s.answers);
  const { answered, total } = useMemo(() => {
    const visible = visibleQuestionIds(content, answers);
    return { total: visible.size, answered: [...visible].filter((id) => answers[id] !== undefined).length };
  }, [content, answers]);
  return (
    <section class="step results" aria-labelledby="step-heading">
      <StepHeading>{t('results.heading')}</StepHeading>
      <p>{t('results.answered', { answered, total })}</p>
      <p class="note">{t('results.placeholder')}</p>
      <div class="step-nav">
        <button type="button" class="button secondary" onClick={() => store.getState().back()}>
          {t('results.edit')}
        </button>
        <StartOver />
      </div>
    </section>
  );
}
