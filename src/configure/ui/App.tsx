// The configurator: the settings in five groups, the live preview beside them, and the code to
// take away below. The form is kept in the browser as it is typed.

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ContentChoices } from '../../core/content/parts.js';
import type { PartnerConfig } from '../../core/partner/config.js';
import type { QuoteRequest } from '../../core/quote/types.js';
import type { Lang } from '../../core/types.js';
import { fieldById, GROUPS, type FieldValue, type FormValues } from '../fields.js';
import { configFromForm, fieldInUse } from '../form.js';
import { translator } from '../i18n.js';
import type { CdnFiles } from '../outputs.js';
import type { Problem } from '../validate.js';
import { Configurator, useConfigurator } from './context.js';
import { Contrast } from './Contrast.js';
import { Group } from './Group.js';
import { LoadConfig } from './LoadConfig.js';
import { useLogoCheck } from './logo-check.js';
import { Outputs } from './Outputs.js';
import { Preview, type MountWidget } from './Preview.js';
import { TestSend } from './TestSend.js';
import { useForm } from './use-form.js';

export interface ConfiguratorProps {
  choices: ContentChoices;
  template: QuoteRequest;
  cdn: CdnFiles;
  version: string;
  mountWidget: MountWidget | undefined;
  storage: Storage | undefined;
  initialLang: Lang;
}

export function App({ choices, template, cdn, version, mountWidget, storage, initialLang }: ConfiguratorProps) {
  const [lang, setLang] = useState(initialLang);
  const { form, loadProblems, touched, change, load, startOver } = useForm(choices, storage);
  const context = useMemo(() => ({ t: translator(lang), lang, choices }), [lang, choices]);
  const { t } = context;
  const built = useMemo(() => configFromForm(form.values, form.kept, choices), [form, choices]);
  const logo = useLogoCheck(
    built.config.partner?.logoUrl ?? (typeof form.values.logoUrl === 'string' && !built.problems.logoUrl ? form.values.logoUrl.trim() : undefined),
  );
  // A loaded value's problem counts while its field is in use (not hidden by a switch turned off).
  const loadedInUse = Object.fromEntries(Object.entries(loadProblems).filter(([id]) => fieldInUse(fieldById(id), form.values)));
  const problems: Record<string, Problem> = { ...built.problems, ...loadedInUse, ...(logo === 'unreachable' && { logoUrl: { key: 'logoUnreachable' } }) };

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);

  const notes = { logoUrl: logo === 'checking' || logo === 'ok' || logo === 'relative' ? t(`logo.${logo}`) : undefined };
  const shownProblems = Object.fromEntries(Object.entries(problems).filter(([id, problem]) => problem.key !== 'required' || touched.has(id)));
  const groupProps = { values: form.values, problems: shownProblems, notes, onChange: change };
  return (
    <Configurator.Provider value={context}>
      <Header onLang={setLang} />
      <main class="layout">
        <div class="workspace">
          <div class="form">
            {/* On a narrow screen the preview comes after the form: one tap away. */}
            <a class="jump" href="#preview-title">
              {t('preview.jump')}
            </a>
            <LoadConfig onLoad={load} />
            {GROUPS.map((group) => (
              <Group key={group} group={group} {...groupProps}>
                {group === 'design' && <Contrast theme={built.config.theme} onApply={change} />}
                {group === 'delivery' && (
                  <TestSend
                    key={`${String(form.values.webhookUrl)} ${String(form.values.webhookFormat)}`}
                    webhook={webhookFor(form.values, problems)}
                    mailTo={problems.mailTo ? undefined : nonEmpty(form.values.mailTo)}
                    partner={built.config.partner ?? { id: 'unconfigured', name: '' }}
                    template={template}
                    version={version}
                  />
                )}
              </Group>
            ))}
            <button type="button" class="start-over" onClick={() => confirm(t('confirmStartOver')) && startOver()}>
              {t('startOver')}
            </button>
          </div>
          <div class="side">
            <Preview config={previewConfig(built.config, form.values, problems)} mountWidget={mountWidget} />
          </div>
        </div>
        <Outputs config={built.config} problems={problems} widgetProblems={built.widgetProblems} cdn={cdn} />
      </main>
    </Configurator.Provider>
  );
}

function Header({ onLang }: { onLang: (lang: Lang) => void }) {
  const { t, lang } = useConfigurator();
  return (
    <header class="top">
      <div>
        <h1>{t('title')}</h1>
        <p class="lead">{t('lead')}</p>
      </div>
      <label class="language">
        {t('language')}
        <select value={lang} onChange={(event) => onLang(event.currentTarget.value === 'en' ? 'en' : 'ja')}>
          <option value="ja">{t('options.lang.ja')}</option>
          <option value="en">{t('options.lang.en')}</option>
        </select>
      </label>
    </header>
  );
}

/** The configuration to preview: with the partner's name as soon as it is typed, before its id. */
function previewConfig(config: PartnerConfig, values: FormValues, problems: Record<string, Problem>): PartnerConfig {
  const name = nonEmpty(values.partnerName);
  if (config.partner || !name || problems.partnerName) return config;
  return { ...config, partner: { id: 'preview', name } };
}

function nonEmpty(value: FieldValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function webhookFor(values: FormValues, problems: Record<string, Problem>) {
  const url = nonEmpty(values.webhookUrl);
  if (!url) return undefined;
  if (problems.webhookUrl) return 'invalid' as const;
  const format = (['simple', 'json'] as const).find((option) => option === values.webhookFormat);
  return format ? { url, format } : { url };
}
