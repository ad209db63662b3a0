import { LANGS } from '../core/types.js';
import { useT, useWidgetContext } from './context.js';

export function LanguageSwitch() {
  const { setLanguage } = useWidgetContext();
  const { t, lang } = useT();
  return (
    <div class="lang-switch" role="group" aria-label={t('app.languageSwitch')} part="language-switch">
      {LANGS.map((code) => (
        <button type="button" key={code} lang={code} class="lang-button" aria-pressed={code === lang} onClick={() => void setLanguage(code)}>
          {t(`lang.${code}`)}
        </button>
      ))}
    </div>
  );
}
