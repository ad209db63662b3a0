// For presenters: the brochures' worked cases one at a time, in large type, with the keyboard
// (arrows, space, Page Up/Down) as on a slide clicker.

import { useEffect, useRef } from 'preact/hooks';
import { INTRO_STEP } from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import { useT, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { StepHeading } from '../StepHeading.js';
import { CaseTable } from './CaseTable.js';
import { useClickerKeys } from './useClickerKeys.js';

export function Walkthrough() {
  const { store } = useWidgetContext();
  const { content } = useFullContent();
  const { t, lang } = useT();
  const presets = content.loss.presets;
  const section = useRef<HTMLElement>(null);
  const [index, go] = useClickerKeys(section, presets.length);
  useEffect(() => section.current?.focus(), []);
  const preset = presets[index];
  if (!preset) return null;

  return (
    <section class="step walkthrough" aria-labelledby="step-heading" ref={section} tabIndex={-1} data-preset={preset.id}>
      <p class="progress-text" aria-live="polite">
        {t('walkthrough.counter', { current: index + 1, total: presets.length })}
      </p>
      <StepHeading>{local(preset.title, lang)}</StepHeading>
      <p class="lead">{local(preset.story, lang)}</p>
      <CaseTable preset={preset} />
      <p class="note">{t('walkthrough.source', { source: local(preset.source, lang) })}</p>
      <p class="note">{t('walkthrough.hint')}</p>
      <div class="step-nav">
        <button type="button" class="button secondary" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('walkthrough.prev')}
        </button>
        <button type="button" class="button secondary" onClick={() => store.getState().goTo(INTRO_STEP)}>
          {t('walkthrough.back')}
        </button>
        <button type="button" class="button primary" disabled={index === presets.length - 1} onClick={() => go(index + 1)}>
          {t('walkthrough.next')}
        </button>
      </div>
    </section>
  );
}
