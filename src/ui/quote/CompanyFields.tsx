// The quote form's company part: the profile questions already answered in the check, edited in
// place (a change here changes the answer), and what underwriters ask beyond them.

import { local } from '../../i18n/index.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { QuestionField } from '../question/QuestionField.js';
import { errorText, type QuoteErrors } from './quote-fields.js';
import { UnderwritingFields } from './UnderwritingFields.js';

/** The questions of the check that describe the company, as the form shows them. */
const PROFILE_QUESTIONS = ['industry', 'revenue', 'employees', 'chamberMember', 'pastIncidents'];

/** The profile answers the form requires, whose problems are listed under the questions. */
const REQUIRED_ANSWERS = ['industry', 'revenue'] as const;

export function CompanyFields({ errors, showErrors }: { errors: QuoteErrors; showErrors: boolean }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const questions = PROFILE_QUESTIONS.map((id) => content.questions.find((q) => q.id === id)).filter((q) => q !== undefined);
  return (
    <fieldset class="form-section">
      <legend>{t('quote.companyHeading')}</legend>
      <p class="note">{t('quote.companyHint')}</p>
      <div class="questions">
        {questions.map((q) => (
          <QuestionField key={q.id} question={q} showErrors={showErrors} />
        ))}
      </div>
      {REQUIRED_ANSWERS.map((key) => {
        const question = questions.find((q) => q.id === key);
        return errors[key] && question ? (
          <p class="error" key={key} id={`quote-${key}-error`}>
            {t('quote.errorFor', { label: local(question.text, lang), message: errorText(t, key, errors[key]) })}
          </p>
        ) : null;
      })}
      <UnderwritingFields />
    </fieldset>
  );
}
