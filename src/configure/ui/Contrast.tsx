// The theme's colours checked for WCAG AA, with a close colour that reads and a button to use it.

import { contrastFailures } from '../../core/partner/contrast.js';
import type { PartnerConfig } from '../../core/partner/config.js';
import { useConfigurator } from './context.js';

export function Contrast({ theme, onApply }: { theme: PartnerConfig['theme']; onApply: (field: string, color: string) => void }) {
  const { t } = useConfigurator();
  const failures = contrastFailures(theme);
  if (failures.length === 0) return <p class="contrast ok">{t('contrast.ok')}</p>;
  const name = (key: string) => t(`fields.${key}.label`);
  return (
    <ul class="contrast fails">
      {failures.map(({ fore, back, ratio, suggestion }) => (
        <li key={`${fore}-${back}`}>
          <p>{t('contrast.fails', { fore: name(fore), back: name(back), ratio: ratio.toFixed(2) })}</p>
          {suggestion && (
            <p class="suggestion">
              <span class="chip" style={{ background: suggestion }} aria-hidden="true" />
              {t('contrast.suggest', { color: suggestion })}{' '}
              <button type="button" onClick={() => onApply(fore, suggestion)}>
                {t('contrast.apply', { fore: name(fore), color: suggestion })}
              </button>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
