// The widget itself, as the configuration makes it, at a computer's or a phone's width. It is
// mounted afresh when the configuration changes (after a short pause in typing), keeps no answers
// and sends nothing (no storage, no channels).

import { useEffect, useRef, useState } from 'preact/hooks';
import type { PartnerConfig } from '../../core/partner/config.js';
import { useConfigurator } from './context.js';

/** Mounts the widget into an element (the classic build's CyberRiskCheck.mount on the page). */
export type MountWidget = (target: HTMLElement, options: Record<string, unknown>) => { unmount: () => void };

/** How long typing must pause before the preview is drawn again. */
const REDRAW_AFTER_MS = 250;

export function Preview({ config, mountWidget }: { config: PartnerConfig; mountWidget: MountWidget | undefined }) {
  const { t, lang } = useConfigurator();
  const [width, setWidth] = useState<'desktop' | 'phone'>('desktop');
  const frame = useRef<HTMLDivElement>(null);
  // Quote channels are left out: the preview never sends; the language follows the tool's.
  const options = JSON.stringify({
    ...config,
    lang: config.lang ?? lang,
    quote: { ...config.quote, channels: [] },
    persist: 'none',
    instanceId: 'configurator-preview',
  });
  const current = useRef<{ host: HTMLElement; widget: { unmount: () => void } } | undefined>(undefined);
  useEffect(() => {
    const target = frame.current;
    if (!target || !mountWidget) return undefined;
    const timer = setTimeout(() => {
      const host = target.appendChild(document.createElement('div'));
      const widget = mountWidget(host, JSON.parse(options) as Record<string, unknown>);
      // The previous drawing stays until this one is in, so the preview does not flash empty.
      current.current?.widget.unmount();
      current.current?.host.remove();
      current.current = { host, widget };
    }, REDRAW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [options, mountWidget]);
  useEffect(() => () => current.current?.widget.unmount(), []);
  return (
    <section class="preview" aria-labelledby="preview-title">
      <div class="preview-head">
        <h2 id="preview-title">{t('preview.title')}</h2>
        <div class="widths" role="group" aria-label={t('preview.title')}>
          {(['desktop', 'phone'] as const).map((option) => (
            <button key={option} type="button" aria-pressed={width === option} onClick={() => setWidth(option)}>
              {t(`preview.${option}`)}
            </button>
          ))}
        </div>
      </div>
      <p class="hint">{t('preview.note')}</p>
      {mountWidget ? <div class={`frame ${width}`} ref={frame} data-width={width} /> : <p class="problem">{t('preview.unavailable')}</p>}
    </section>
  );
}
