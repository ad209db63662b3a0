// What the partner takes away, once nothing in the form is wrong: the snippet, the WordPress
// plugin's settings and shortcode, or a JSON file to host. Until then, the list of what to fix,
// each linked to its field.

import { useState } from 'preact/hooks';
import type { PartnerConfig } from '../../core/partner/config.js';
import { configJson, cspSources, shortcode, snippet, type CdnFiles } from '../outputs.js';
import type { Problem } from '../validate.js';
import { CodeBox } from './CodeBox.js';
import { useConfigurator } from './context.js';
import { fieldDomId } from './Field.js';

const TABS = ['html', 'wordpress', 'json'] as const;
type Tab = (typeof TABS)[number];

interface OutputsProps {
  config: PartnerConfig;
  problems: Record<string, Problem>;
  widgetProblems: string[];
  cdn: CdnFiles;
}

export function Outputs({ config, problems, widgetProblems, cdn }: OutputsProps) {
  const { t } = useConfigurator();
  const [tab, setTab] = useState<Tab>('html');
  const wrong = Object.entries(problems);
  return (
    <section class="outputs" aria-labelledby="outputs-title">
      <h2 id="outputs-title">{t('outputs.title')}</h2>
      {wrong.length > 0 ? (
        <div class="blocked">
          <p>{t('outputs.blocked')}</p>
          <ul>
            {wrong.map(([id, problem]) => (
              <li key={id}>
                <a href={`#${fieldDomId(id)}`}>{t(`fields.${id}.label`)}</a>: {t(`problems.${problem.key}`, problem.vars)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          {widgetProblems.map((problem) => (
            <p class="problem" key={problem}>
              {t('outputs.widgetProblem', { problem })}
            </p>
          ))}
          {/* Buttons that stay pressed, rather than ARIA tabs: the same to the eye, plainer to use. */}
          <div class="tabs" role="group" aria-label={t('outputs.title')}>
            {TABS.map((option) => (
              <button key={option} type="button" aria-pressed={tab === option} onClick={() => setTab(option)}>
                {t(`outputs.tabs.${option}`)}
              </button>
            ))}
          </div>
          <div class="panel" id={`panel-${tab}`}>
            {tab === 'html' && <HtmlPanel config={config} cdn={cdn} />}
            {tab === 'wordpress' && <WordPressPanel config={config} />}
            {tab === 'json' && <JsonPanel config={config} cdn={cdn} />}
          </div>
          <NextSteps />
        </>
      )}
    </section>
  );
}

function HtmlPanel({ config, cdn }: { config: PartnerConfig; cdn: CdnFiles }) {
  const { t } = useConfigurator();
  const csp = cspSources(config, cdn);
  const cspText = [
    `script-src ${csp.scriptSrc.join(' ')}`,
    csp.connectSrc.length > 0 && `connect-src ${csp.connectSrc.join(' ')}`,
    csp.imgSrc.length > 0 && `img-src ${csp.imgSrc.join(' ')}`,
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <>
      <CodeBox id="code-module" label={t('outputs.module')} code={snippet('module', config, cdn)} rows={12} />
      {/* The other ways are for whoever runs the site: out of the way of everyone else. */}
      <details class="more-code">
        <summary>{t('outputs.more')}</summary>
        <CodeBox id="code-classic" label={t('outputs.classic')} code={snippet('classic', config, cdn)} rows={6} />
        <CodeBox id="code-self-hosted" label={t('outputs.selfHosted')} code={snippet('selfHosted', config, cdn)} rows={6} />
        <CodeBox id="code-csp" label={t('outputs.csp')} code={cspText} rows={2} />
      </details>
    </>
  );
}

function WordPressPanel({ config }: { config: PartnerConfig }) {
  const { t } = useConfigurator();
  return (
    <>
      <ol class="steps">
        {[0, 1, 2].map((step) => (
          <li key={step}>{t(`outputs.wordpressPlugin.${step}`)}</li>
        ))}
      </ol>
      <CodeBox id="code-wordpress" label={t('outputs.wordpressSettings')} code={configJson(config)} rows={12} />
      <CodeBox id="code-shortcode" label={t('outputs.shortcode')} code={shortcode(config)} rows={1} />
      <p class="hint">{t('outputs.wordpressHtml')}</p>
    </>
  );
}

function JsonPanel({ config, cdn }: { config: PartnerConfig; cdn: CdnFiles }) {
  const { t } = useConfigurator();
  const [configUrl, setConfigUrl] = useState('');
  const json = configJson(config);
  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([json + '\n'], { type: 'application/json' }));
    link.download = 'cyber-risk-check.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  // The code names the file's real address, never a placeholder that would be pasted as it is.
  const hosted = /^https:\/\/\S+$/.test(configUrl.trim()) ? configUrl.trim() : undefined;
  return (
    <>
      <p>{t('outputs.jsonHelp')}</p>
      <CodeBox id="code-json" label="cyber-risk-check.json" code={json} rows={12} />
      <button type="button" onClick={download}>
        {t('outputs.download')}
      </button>
      <div class="field url">
        <label for="config-url">{t('outputs.configUrl')}</label>
        <input id="config-url" type="url" value={configUrl} aria-describedby="config-url-hint" onInput={(event) => setConfigUrl(event.currentTarget.value)} />
        <p class="hint" id="config-url-hint">
          {t('outputs.configUrlHint')}
        </p>
      </div>
      {hosted && <CodeBox id="code-config-src" label={t('outputs.configSrc')} code={snippet('configSrc', config, cdn, hosted)} rows={4} />}
    </>
  );
}

/** What to do once the code is copied. */
export function NextSteps() {
  const { t } = useConfigurator();
  return (
    <div class="next">
      <h3>{t('outputs.next')}</h3>
      <ol class="steps">
        {[0, 1, 2].map((step) => (
          <li key={step}>{t(`outputs.nextSteps.${step}`)}</li>
        ))}
      </ol>
    </div>
  );
}
