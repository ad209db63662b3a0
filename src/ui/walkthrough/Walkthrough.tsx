// For presenters: the brochures' worked cases one at a time, in large type, with the keyboard
// (arrows, space, Page Up/Down) as on a slide clicker.

import { useEffect, useRef, useState } from 'preact/hooks';
import { INTRO_STEP } from '../../core/lib.js';
import { formatAmount } from '../../i18n/format.js';
import { local } from '../../i18n/index.js';
import { useT, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { StepHeading } from '../StepHeading.js';

export function Walkthrough() {
  const { store } = useWidgetContext();
  const { content } = useFullContent();
  const { t, lang } = useT();
  const presets = content.loss.presets;
  const [index, setIndex] = useState(0);
  const section = useRef<HTMLElement>(null);
  const go = (next: number) => setIndex(Math.min(Math.max(next, 0), presets.length - 1));
  useEffect(() => section.current?.focus(), []);
  const preset = presets[index];
  if (!preset) return null;
  const scenario = content.loss.scenarios.find((s) => s.id === preset.scenario);
  const label = (id: string) => {
    const item = scenario?.items.find((i) => i.id === id);
    return item ? local(item.label, lang) : id;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.target as HTMLElement).tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return;
    const step = { ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, ArrowLeft: -1, ArrowUp: -1, PageUp: -1 }[event.key];
    if (step !== undefined) go(index + step);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(presets.length - 1);
    else return;
    event.preventDefault();
  };

  return (
    <section class="step walkthrough" aria-labelledby="step-heading" ref={section} tabIndex={-1} onKeyDown={onKeyDown} data-preset={preset.id}>
      <p class="progress-text" aria-live="polite">
        {t('walkthrough.counter', { current: index + 1, total: presets.length })}
      </p>
      <StepHeading>{local(preset.title, lang)}</StepHeading>
      <p class="lead">{local(preset.story, lang)}</p>
      <table class="preset-table walkthrough-table">
        <thead>
          <tr>
            <th scope="col">{t('walkthrough.item')}</th>
            <th scope="col">{t('walkthrough.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {preset.items.map((id) => (
            <tr key={id}>
              <th scope="row">{label(id)}</th>
              <td>{formatAmount(preset.expected.items[id] ?? 0, lang)}</td>
            </tr>
          ))}
          <tr class="total-row">
            <th scope="row">{t('walkthrough.total')}</th>
            <td>{formatAmount(preset.expected.total, lang)}</td>
          </tr>
        </tbody>
      </table>
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
