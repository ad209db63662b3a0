// The official industry (JSIC 中分類) an underwriter asks for: a search box that narrows a drop-down
// of the 99 groups. Before anything is typed, the groups of the industry chosen in the check come
// first; a group that simplified policies exclude says so under the field.

import { useState } from 'preact/hooks';
import { findIndustries, industryByCode, industryChoices, type IndustryChoice } from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import { useT, useWidget } from '../context.js';
import { useFullContent } from '../full-content.js';
import { Field } from './Field.js';
import { fieldId, useQuoteFields } from './quote-fields.js';

function Options({ choices, lang }: { choices: IndustryChoice[]; lang: 'ja' | 'en' }) {
  return (
    <>
      {choices.map((choice) => (
        <option key={choice.code} value={choice.code}>
          {`${choice.code} ${local(choice.label, lang)}`}
        </option>
      ))}
    </>
  );
}

export function IndustryField() {
  const { t, lang } = useT();
  const { content } = useFullContent();
  const { fields, set } = useQuoteFields();
  const checked = useWidget((s) => s.answers.industry);
  const [query, setQuery] = useState('');
  const classification = content.industries;
  if (!classification) return null;
  const id = fieldId('industryCode');
  const searching = query.trim() !== '';
  const found = findIndustries(classification, query, typeof checked === 'string' ? checked : undefined);
  const chosen = industryByCode(classification, fields.industryCode);
  // The choice stays in the list while a search that does not match it is shown.
  const shown = chosen && searching && !found.includes(chosen) ? [chosen, ...found] : found;
  const all = industryChoices(classification);
  return (
    <div class="industry-field">
      <Field id={id} label={t('quote.fields.industryCode')} required={false}>
        {(describedBy) => (
          <>
            <label class="industry-search-label" for={`${id}-search`}>
              {t('quote.industrySearch')}
            </label>
            <input id={`${id}-search`} type="search" value={query} autoComplete="off" aria-controls={id} onInput={(e) => setQuery(e.currentTarget.value)} />
            <p class="note" role="status">
              {searching ? (found.length > 0 ? t('quote.industryFound', { count: found.length }) : t('quote.industryNone')) : ''}
            </p>
            <select
              id={id}
              value={fields.industryCode}
              aria-describedby={[describedBy, chosen?.note && `${id}-note`].filter(Boolean).join(' ') || undefined}
              onChange={(e) => set('industryCode', e.currentTarget.value)}
            >
              <option value="">{t('quote.choose')}</option>
              <optgroup label={searching ? t('quote.industryFoundGroup') : t('quote.industrySuggested')}>
                <Options choices={shown} lang={lang} />
              </optgroup>
              {!searching &&
                classification.divisions.map((division) => (
                  <optgroup key={division.code} label={`${division.code} ${local(division.label, lang)}`}>
                    <Options choices={all.filter((choice) => choice.division.code === division.code)} lang={lang} />
                  </optgroup>
                ))}
            </select>
          </>
        )}
      </Field>
      {chosen?.note && (
        <p class="caution" id={`${id}-note`}>
          {local(chosen.note, lang)}
        </p>
      )}
    </div>
  );
}
