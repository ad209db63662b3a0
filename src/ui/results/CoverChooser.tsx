// The insurance cover to hold the estimates against: the program (when the partner offers more
// than one), its plan and its set of limits.

import type { CoverageProgram } from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import { useT } from '../context.js';

export interface CoverChoice {
  program: CoverageProgram;
  planId: string;
  limitSetId: string;
}

/** The program with its first plan and first limit set; undefined when there is no program, or it has nothing to choose. */
export function firstChoice(program: CoverageProgram | undefined): CoverChoice | undefined {
  const plan = program?.plans[0];
  const limitSet = program?.limitSets[0];
  return program && plan && limitSet ? { program, planId: plan.id, limitSetId: limitSet.id } : undefined;
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
              const id = e.currentTarget.value;
              const next = firstChoice(programs.find((p) => p.id === id));
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
    </div>
  );
}
