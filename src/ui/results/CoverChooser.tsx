// The insurance cover to hold the estimates against: the program (when the partner offers more
// than one), its plan, its set of limits, and the options (特約) the plan can take; an option the
// limit set makes mandatory is shown ticked and fixed.

import { useId } from 'preact/hooks';
import { optionFor, optionMandatory, type CoverageProgram } from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import { useT } from '../context.js';

export interface CoverChoice {
  program: CoverageProgram;
  planId: string;
  limitSetId: string;
  /** Options chosen; those the plan cannot take are ignored, mandatory ones are always in force. */
  options: string[];
}

/** The programmes a partner offers: the one it names, or every programme of the content. */
export function offeredPrograms(all: CoverageProgram[], partnerCoverage: string | undefined): CoverageProgram[] {
  return partnerCoverage ? all.filter((p) => p.id === partnerCoverage) : all;
}

/** The program with its first plan and first limit set; undefined when there is no program, or it has nothing to choose. */
export function firstChoice(program: CoverageProgram | undefined): CoverChoice | undefined {
  const plan = program?.plans[0];
  const limitSet = program?.limitSets[0];
  return program && plan && limitSet ? { program, planId: plan.id, limitSetId: limitSet.id, options: [] } : undefined;
}

interface CoverChooserProps {
  choice: CoverChoice;
  programs: CoverageProgram[];
  onChange: (choice: CoverChoice) => void;
}

export function CoverChooser({ choice, programs, onChange }: CoverChooserProps) {
  const { t, lang } = useT();
  return (
    <div class="cover-chooser">
      {programs.length > 1 && (
        <label>
          <span>{t('loss.program')}</span>
          <select
            value={choice.program.id}
            onChange={(e) => {
              const programId = e.currentTarget.value;
              const next = firstChoice(programs.find((p) => p.id === programId));
              if (next) onChange(next);
            }}
          >
            {programs.map((p) => (
              <option key={p.id} value={p.id}>
                {local(p.title, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('loss.plan')}</span>
        <select value={choice.planId} onChange={(e) => onChange({ ...choice, planId: e.currentTarget.value })}>
          {choice.program.plans.map((p) => (
            <option key={p.id} value={p.id}>
              {local(p.label, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('loss.limitSet')}</span>
        <select value={choice.limitSetId} onChange={(e) => onChange({ ...choice, limitSetId: e.currentTarget.value })}>
          {choice.program.limitSets.map((l) => (
            <option key={l.id} value={l.id}>
              {local(l.label, lang)}
            </option>
          ))}
        </select>
      </label>
      <OptionChecks choice={choice} onChange={onChange} />
    </div>
  );
}

/** The options the plan can take, as checkboxes; one the limit set makes mandatory is ticked and fixed. */
function OptionChecks({ choice, onChange }: Omit<CoverChooserProps, 'programs'>) {
  const { t, lang } = useT();
  const id = useId();
  const options = (choice.program.options ?? []).filter((o) => optionFor(o, choice.planId));
  if (options.length === 0) return null;
  return (
    <fieldset class="checks">
      <legend>{t('loss.options')}</legend>
      {options.map((option) => {
        const mandatory = optionMandatory(option, choice.limitSetId);
        const inputId = `${id}-${option.id}`;
        return (
          <div class="option" key={option.id}>
            <input
              type="checkbox"
              id={inputId}
              checked={mandatory || choice.options.includes(option.id)}
              disabled={mandatory}
              onChange={(e) => {
                const others = choice.options.filter((o) => o !== option.id);
                onChange({ ...choice, options: e.currentTarget.checked ? [...others, option.id] : others });
              }}
            />
            <label for={inputId}>{mandatory ? t('loss.mandatory', { option: local(option.label, lang) }) : local(option.label, lang)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
