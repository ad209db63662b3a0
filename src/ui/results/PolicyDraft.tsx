// The draft basic security policy beside SECURITY ACTION ★2's "write and publish a policy": the
// company's name (the quote form's field, so it is typed once), the draft as it reads, print and
// save as text, and the steps to the declaration, which is made on IPA's own site.

import { useMemo } from 'preact/hooks';
import { formatList, policyDraft, policyText, type PolicyDraft } from '../../core/lib.js';
import type { Lang } from '../../core/types.js';
import type { TFunction } from '../../i18n/index.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { downloadPlainText } from '../download.js';
import { useFullContent } from '../full-content.js';
import { openSheet, type Sheet } from '../print-sheet.js';

function policySheet(draft: PolicyDraft, lang: Lang, t: TFunction): Sheet {
  return {
    lang,
    title: draft.title,
    sections: [
      { paragraphs: [draft.preamble] },
      ...draft.sections.map((section, i) => ({ heading: `${i + 1}. ${section.title}`, paragraphs: section.paragraphs, list: section.list })),
      { paragraphs: draft.closing },
    ],
    note: t('policy.sheetNote'),
    printLabel: t('sheet.print'),
  };
}

function Preview({ draft }: { draft: PolicyDraft }) {
  const { t } = useT();
  return (
    <section class="policy-preview" aria-label={t('policy.preview')} part="policy-preview">
      <p class="policy-title">{draft.title}</p>
      <p>{draft.preamble}</p>
      <ol class="policy-sections">
        {draft.sections.map((section) => (
          <li key={section.title}>
            <strong>{section.title}</strong>
            {section.list ? (
              <ul>
                {section.paragraphs.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : (
              <p>{section.paragraphs[0]}</p>
            )}
          </li>
        ))}
      </ol>
      <p class="policy-closing">
        {draft.closing.map((line, i) => (
          <span key={i}>{line}</span>
        ))}
      </p>
    </section>
  );
}

function NextSteps({ declareUrl, alsoMissing }: { declareUrl: string | undefined; alsoMissing: string[] }) {
  const { t, lang } = useT();
  return (
    <>
      <p>
        <strong>{t('policy.nextHeading')}</strong>
      </p>
      <ol class="policy-next">
        <li>{t('policy.next.review')}</li>
        <li>{t('policy.next.adopt')}</li>
        <li>{t('policy.next.publish')}</li>
        {alsoMissing.length > 0 && <li>{t('policy.next.also', { list: formatList(alsoMissing, lang) })}</li>}
        <li>{t('policy.next.declare')}</li>
      </ol>
      {declareUrl && (
        <p>
          <a href={declareUrl} target="_blank" rel="noopener">
            {t('policy.declareLink')}
          </a>
        </p>
      )}
    </>
  );
}

interface PolicyDraftPanelProps {
  /** Where the scheme's declaration is made (the scheme's own page). */
  declareUrl: string | undefined;
  /** The level's other missing requirements: also needed before declaring. */
  alsoMissing: string[];
}

export function PolicyDraftPanel({ declareUrl, alsoMissing }: PolicyDraftPanelProps) {
  const { t, lang } = useT();
  const { content } = useFullContent();
  const { store } = useWidgetContext();
  const answers = useWidget((s) => s.answers);
  const planned = useWidget((s) => s.planned);
  const companyName = useWidget((s) => s.quote.companyName);
  // Today, fixed while the panel is open, so the draft does not change under the owner at midnight.
  const adopted = useMemo(() => new Date(), []);
  const draft = useMemo(
    () => policyDraft(content, answers, { companyName: companyName.trim() || t('policy.companyPlaceholder'), lang, adopted, planned }),
    [content, answers, companyName, lang, adopted, planned, t],
  );
  if (!draft) return null;
  return (
    <div class="policy-draft">
      <p>{t('policy.intro')}</p>
      <div class="field">
        <label for="policy-company">{t('policy.companyName')}</label>
        <input
          id="policy-company"
          type="text"
          autoComplete="organization"
          value={companyName}
          aria-describedby={companyName.trim() ? undefined : 'policy-company-hint'}
          onInput={(e) => store.getState().setQuoteField('companyName', e.currentTarget.value)}
        />
        {!companyName.trim() && (
          <p class="hint" id="policy-company-hint">
            {t('policy.companyMissing')}
          </p>
        )}
      </div>
      <p class="step-meta" role="status">
        {draft.measures.length ? t('policy.measureCount', { count: draft.measures.length }) : t('policy.noMeasures')}
      </p>
      <Preview draft={draft} />
      <p class="policy-buttons">
        <button type="button" class="button secondary" onClick={() => openSheet(policySheet(draft, lang, t))}>
          {t('policy.print')}
        </button>
        <button type="button" class="button secondary" onClick={(e) => downloadPlainText(policyText(draft), t('policy.fileName'), e.currentTarget)}>
          {t('policy.download')}
        </button>
      </p>
      <NextSteps declareUrl={declareUrl} alsoMissing={alsoMissing} />
    </div>
  );
}
