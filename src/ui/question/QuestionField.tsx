// One question, rendered by type: radios for a choice or control, checkboxes for a multi-choice,
// a text box for numbers and amounts (so 5億 and full-width digits can be typed).

import { optionsOf } from '../../core/flow/options.js';
import { parseNumberAnswer } from '../../core/parse/answer.js';
import { hasOptions, type NumberQuestion, type OptionQuestion, type AskedQuestion } from '../../core/types.js';
import { local } from '../../i18n/index.js';
import { useState } from 'preact/hooks';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { Help } from './Help.js';

export function QuestionField({ question, showErrors }: { question: AskedQuestion; showErrors: boolean }) {
  if (hasOptions(question)) return <OptionsField question={question} />;
  return <NumberField question={question} showErrors={showErrors} />;
}

function OptionsField({ question }: { question: OptionQuestion }) {
  const { content, store } = useWidgetContext();
  const { t, lang } = useT();
  const answer = useWidget((s) => s.answers[question.id]);
  const multi = question.type === 'multi';
  const options = optionsOf(question, content);
  const actions = store.getState();
  return (
    <fieldset class="question" part="question" data-question={question.id} aria-describedby={question.help ? `help-${question.id}` : undefined}>
      <legend>{local(question.text, lang)}</legend>
      {multi && <p class="hint">{t('question.selectAll')}</p>}
      <div class={`options${options.length > 4 ? ' options-many' : ''}`}>
        {options.map((option) => {
          const checked = multi ? Array.isArray(answer) && answer.includes(option.id) : answer === option.id;
          return (
            <label class="option" key={option.id}>
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={question.id}
                value={option.id}
                checked={checked}
                onChange={() => (multi ? actions.toggle(question.id, option.id) : actions.answer(question.id, option.id))}
              />
              <span>{local(option.label, lang)}</span>
            </label>
          );
        })}
      </div>
      <Help question={question} />
    </fieldset>
  );
}

function NumberField({ question, showErrors }: { question: NumberQuestion; showErrors: boolean }) {
  const { store } = useWidgetContext();
  const { t, lang } = useT();
  const draft = useWidget((s) => s.drafts[question.id]);
  const answer = useWidget((s) => s.answers[question.id]);
  // A value restored without a draft (e.g. from a share link) is shown as its number.
  const text = draft ?? (typeof answer === 'number' ? String(answer) : '');
  // Errors appear once the user leaves the field or tries to move on, not at every keystroke.
  const [touched, setTouched] = useState(false);
  const parsed = text.trim() === '' ? undefined : parseNumberAnswer(question, text);
  const error = (showErrors || touched) && parsed && !parsed.ok ? parsed.error : undefined;
  const inputId = `q-${question.id}`;
  const errorId = `error-${question.id}`;
  const describedBy = [error && errorId, question.help && `help-${question.id}`].filter(Boolean).join(' ') || undefined;
  const errorKey = error === 'invalid' && question.type === 'number' ? 'invalidCount' : error;
  return (
    <div class="question" part="question" data-question={question.id}>
      <label class="question-label" for={inputId}>
        {local(question.text, lang)}
        {question.optional && <span class="optional"> ({t('question.optional')})</span>}
      </label>
      <div class="number-input">
        <input
          id={inputId}
          type="text"
          inputMode={question.type === 'number' ? 'numeric' : 'text'}
          autoComplete="off"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(event) => store.getState().type(question, event.currentTarget.value)}
          onBlur={() => setTouched(true)}
        />
        {question.unit && <span class="unit">{local(question.unit, lang)}</span>}
      </div>
      {error && (
        <p class="error" id={errorId}>
          {t(`errors.${errorKey}`, { min: question.min })}
        </p>
      )}
      <Help question={question} />
    </div>
  );
}
