// Where a company stands on the star ladder: IPA's SECURITY ACTION (★1, ★2), then METI's
// supply-chain scheme (★3, ★4), from the same answers as the rest of the check. Each requirement is
// met, missing, or not asked (the check has no question for it: the owner confirms it). A level is
// met when all its requirements and every level below it in its scheme are met. A provisional
// scheme, a level whose requirements are known only in part, or one with a requirement not asked,
// is never met: at best it has no known gaps.

import { conditionHolds, conditionQuestions, visibleAnswers, visibleQuestionIds } from '../flow/conditions.js';
import type { Answers, Condition, Content, ControlQuestion, StarLevel, StarRequirement, StarScheme } from '../types.js';

export type RequirementStatus = 'met' | 'missing' | 'notAsked';
export type LevelStatus = 'met' | 'noKnownGaps' | 'notMet';

export interface RequirementResult {
  requirement: StarRequirement;
  status: RequirementStatus;
  /** The controls whose actions close it (the improvement plan's), in the order the requirement names them; none once it is met. */
  controls: string[];
  /** The questions it names that only the ladder asks (starsOnly) and these answers show: asked beside it, answered or not. */
  ask: string[];
}

export interface LevelResult {
  scheme: StarScheme;
  level: StarLevel;
  status: LevelStatus;
  /** Its scheme is a draft, or its requirements are known only in part: it is never met. */
  provisional: boolean;
  requirements: RequirementResult[];
}

export interface StarLadder {
  /** Every level of every scheme, lowest first. */
  levels: LevelResult[];
  /** The highest level met, if any. */
  highest?: LevelResult;
  /** The lowest level not met: the next to work on. */
  next?: LevelResult;
}

/**
 * The questions whose answers still keep a condition from holding, in order, once each: those of
 * `all` that fail, those of the first way of `any`, none of `not`.
 */
function unmetQuestions(condition: Condition, answers: Answers): string[] {
  if (conditionHolds(condition, answers)) return [];
  if ('all' in condition) return [...new Set(condition.all.flatMap((c) => unmetQuestions(c, answers)))];
  if ('any' in condition) return condition.any[0] ? unmetQuestions(condition.any[0], answers) : [];
  if ('not' in condition) return [];
  return [condition.question];
}

/** Every item of IPA's self-check has an answer: every control that maps to one of its topics. */
function selfCheckTaken(content: Content, answers: Answers): boolean {
  const items = content.questions.filter((q) => q.type === 'control' && (q.ipaTopics?.length ?? 0) > 0);
  return items.length > 0 && items.every((q) => answers[q.id] !== undefined);
}

/** `asked`: the questions asked (the quick check's); a requirement that needs another is not asked. */
function requirementResult(
  requirement: StarRequirement,
  content: Content,
  answers: Answers,
  visible: ReadonlySet<string>,
  asked?: ReadonlySet<string>,
): RequirementResult {
  const open = requirement.met ? unmetQuestions(requirement.met, answers) : [];
  const control = (id: string) => content.questions.find((q): q is ControlQuestion => q.id === id && q.type === 'control');
  const controls = open.filter((id) => control(id));
  const named = requirement.met ? conditionQuestions(requirement.met) : [];
  // The quick check asks nothing beside the ladder: what it did not ask is left to the full check.
  const ask = asked ? [] : [...new Set(named)].filter((id) => visible.has(id) && control(id)?.starsOnly);
  const result = (status: RequirementStatus): RequirementResult => ({ requirement, status, controls, ask });
  if (requirement.selfCheck) return result(asked ? 'notAsked' : selfCheckTaken(content, answers) ? 'met' : 'missing');
  if (!requirement.met || (asked && open.some((id) => !asked.has(id)))) return result('notAsked');
  return result(conditionHolds(requirement.met, answers) ? 'met' : 'missing');
}

/** `below`: the status of the level below in the same scheme ('met' for the first). */
function levelStatus(provisional: boolean, requirements: RequirementResult[], below: LevelStatus): LevelStatus {
  if (below === 'notMet' || requirements.some((r) => r.status === 'missing')) return 'notMet';
  const final = below === 'met' && !provisional && requirements.every((r) => r.status === 'met');
  return final ? 'met' : 'noKnownGaps';
}

/**
 * `asked`: when only some questions were asked (the seminar's quick check), the requirements that
 * need another are not asked rather than missing, and no level they belong to is met.
 */
export function starLadder(content: Content, answers: Answers, asked?: ReadonlySet<string>): StarLadder {
  const shown = visibleAnswers(content, answers);
  const visible = visibleQuestionIds(content, answers);
  const levels: LevelResult[] = [];
  for (const scheme of content.starSchemes ?? []) {
    let below: LevelStatus = 'met';
    for (const level of scheme.levels) {
      const requirements = level.requirements.map((requirement) => requirementResult(requirement, content, shown, visible, asked));
      const provisional = scheme.provisional || level.complete === false;
      below = levelStatus(provisional, requirements, below);
      levels.push({ scheme, level, status: below, provisional, requirements });
    }
  }
  const highest = levels.filter((l) => l.status === 'met').at(-1);
  const next = levels.find((l) => l.status !== 'met');
  return { levels, ...(highest && { highest }), ...(next && { next }) };
}
