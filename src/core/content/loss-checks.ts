// Checks of the loss content: one model, scenarios whose drivers, items, mitigations and conditions
// name what exists, presets that name their scenario's drivers and items, items whose trigger is
// one of their scenario's and whose kind fits their loss type, and coverage programs whose options,
// sub-limits and exclusions name what exists.

import { KIND_TYPES, type CoverageProgram, type ItemKind, type LossPreset, type LossScenario } from '../loss/types.js';
import { anyQuestionContext, checkCondition, type ConditionContext } from './condition-checks.js';
import type { ContentItems } from './files.js';
import { childPath } from './json-schema.js';
import { indexById, type ErrorSink, type Located, type QuestionLookup } from './located.js';

/** Duplicate ids and the model always; the rest only when every file passed its schema. */
export function checkLoss(items: ContentItems, questions: QuestionLookup, schemaFailed: boolean, error: ErrorSink): void {
  const scenarioById = indexById(items.scenarios, 'loss scenario', error);
  indexById(items.presets, 'preset', error);
  indexById(items.programs, 'coverage program', error);
  const [firstModel, secondModel] = items.models;
  if (firstModel && secondModel) error(secondModel, `a second loss model; the first is in ${firstModel.file}`);
  const [firstScenario] = items.scenarios;
  if (firstScenario && !firstModel) error(firstScenario, 'scenarios need a loss model ("model" in a file of questions/loss/)');
  if (schemaFailed) return;
  const sources = new Set(Object.keys(firstModel?.value.sources ?? {}));
  const context: LossContext = { questions, conditions: anyQuestionContext(questions, error), error, sources };
  for (const scenario of items.scenarios) checkScenario(scenario, context);
  for (const preset of items.presets) checkPreset(preset, scenarioById.get(preset.value.scenario)?.value, error);
  for (const program of items.programs) checkProgram(program, error);
  checkPersons(items.scenarios, items.programs, error);
}

/** Item kinds some program caps per person: items of these kinds must say which driver counts the people. */
function checkPersons(scenarios: Located<LossScenario>[], programs: Located<CoverageProgram>[], error: ErrorSink): void {
  const perPerson = new Map<ItemKind, string>();
  for (const { value: program } of programs) {
    const subLimits = [...(program.subLimits ?? []), ...(program.options ?? []).flatMap((o) => o.subLimits ?? [])];
    for (const sub of subLimits) if (sub.perPerson) for (const kind of sub.kinds ?? []) perPerson.set(kind, `${program.id}.${sub.id}`);
  }
  for (const located of scenarios)
    located.value.items.forEach((item, i) => {
      const capped = perPerson.get(item.kind);
      if (capped && item.persons === undefined)
        error(
          { file: located.file, path: `${located.path}.items[${i}]` },
          `a ${JSON.stringify(item.kind)} item needs "persons" (the driver counting the people): ${capped} is a limit per person`,
        );
    });
}

function checkProgram(located: Located<CoverageProgram>, error: ErrorSink): void {
  const program = located.value;
  const at = (path: string) => ({ file: located.file, path: `${located.path}${path}` });
  const unique = (ids: string[], what: string, path: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) error(at(`.${path}[${i}].id`), `duplicate ${what} id ${JSON.stringify(id)}`);
      seen.add(id);
    });
    return seen;
  };
  const plans = unique(
    program.plans.map((p) => p.id),
    'plan',
    'plans',
  );
  const limitSets = unique(
    program.limitSets.map((l) => l.id),
    'limit set',
    'limitSets',
  );
  unique(
    (program.options ?? []).map((o) => o.id),
    'option',
    'options',
  );
  const needTriggersOrKinds = (rule: { kinds?: readonly string[]; triggers?: readonly string[] }, path: string, what: string) => {
    if (!rule.kinds && !rule.triggers) error(at(path), `${what} needs "kinds" or "triggers"`);
  };
  program.subLimits?.forEach((sub, i) => needTriggersOrKinds(sub, `.subLimits[${i}]`, 'a sub-limit'));
  program.exclusions?.forEach((exclusion, i) => needTriggersOrKinds(exclusion, `.exclusions[${i}]`, 'an exclusion'));
  program.options?.forEach((option, i) => {
    option.plans?.forEach((id, j) => {
      if (!plans.has(id)) error(at(`.options[${i}].plans[${j}]`), `unknown plan ${JSON.stringify(id)}; this program's plans are ${[...plans].join(', ')}`);
    });
    option.mandatoryWith?.forEach((id, j) => {
      if (!limitSets.has(id))
        error(at(`.options[${i}].mandatoryWith[${j}]`), `unknown limit set ${JSON.stringify(id)}; this program's limit sets are ${[...limitSets].join(', ')}`);
    });
    option.subLimits?.forEach((sub, j) => needTriggersOrKinds(sub, `.options[${i}].subLimits[${j}]`, 'a sub-limit'));
  });
}

interface LossContext {
  questions: QuestionLookup;
  conditions: ConditionContext;
  error: ErrorSink;
  /** The ids of the model's sources, which every driver's and item's `basis` must name. */
  sources: Set<string>;
}

function checkBasis(basis: string, at: { file: string; path: string }, ctx: LossContext): void {
  if (!ctx.sources.has(basis)) ctx.error(at, `unknown source ${JSON.stringify(basis)}; the loss model's sources are ${[...ctx.sources].join(', ')}`);
}

function checkScenario(located: Located<LossScenario>, ctx: LossContext): void {
  const scenario = located.value;
  const at = (path: string) => ({ file: located.file, path: `${located.path}${path}` });
  const drivers = checkDrivers(located, ctx);
  const needDriver = (id: string, path: string) => {
    if (!drivers.has(id))
      ctx.error(at(path), `unknown driver ${JSON.stringify(id)}; this scenario's drivers are ${[...drivers].map((d) => JSON.stringify(d)).join(', ')}`);
  };
  const items = new Set<string>();
  const triggers = new Set<string>(scenario.triggers);
  const used = new Set<string>();
  scenario.items.forEach((item, i) => {
    if (items.has(item.id)) ctx.error(at(`.items[${i}].id`), `duplicate item id ${JSON.stringify(item.id)}`);
    items.add(item.id);
    checkBasis(item.basis, at(`.items[${i}].basis`), ctx);
    used.add(item.trigger);
    if (!triggers.has(item.trigger))
      ctx.error(at(`.items[${i}].trigger`), `trigger ${JSON.stringify(item.trigger)} is not one of this scenario's triggers (${scenario.triggers.join(', ')})`);
    const kindType = item.kind === 'fine' ? undefined : KIND_TYPES[item.kind];
    if (kindType && kindType !== item.type) ctx.error(at(`.items[${i}].kind`), `a ${JSON.stringify(item.kind)} item is a ${kindType} loss, not ${item.type}`);
    if (item.persons !== undefined) needDriver(item.persons, `.items[${i}].persons`);
    item.formula.terms.forEach((term, j) => {
      const path = `.items[${i}].formula.terms[${j}]`;
      if ('steps' in term) {
        needDriver(term.steps.driver, `${path}.steps.driver`);
        term.steps.table.forEach(([threshold, amount], k) => {
          const previous = term.steps.table[k - 1];
          // Rising thresholds and amounts keep estimates from falling when a driver grows.
          if (previous && (threshold <= previous[0] || amount < previous[1])) {
            ctx.error(at(`${path}.steps.table[${k}]`), 'step rows must have rising thresholds and amounts that do not fall');
          }
        });
      } else term.per?.forEach((id, k) => needDriver(id, `${path}.per[${k}]`));
    });
  });
  scenario.triggers.forEach((trigger, i) => {
    if (!used.has(trigger)) ctx.error(at(`.triggers[${i}]`), `no item of this scenario has the trigger ${JSON.stringify(trigger)}`);
  });
  scenario.mitigations?.forEach((m, i) => {
    const question = ctx.questions.question(m.control);
    if (!question || question.type !== 'control') ctx.error(at(`.mitigations[${i}].control`), `unknown control ${JSON.stringify(m.control)}`);
    needDriver(m.driver, `.mitigations[${i}].driver`);
  });
  if (scenario.appliesIf) checkCondition(scenario.appliesIf, `${located.path}.appliesIf`, { file: located.file }, ctx.conditions);
}

/** Unique driver ids, profile sources that are numbers or amounts, defaults within max; returns the ids. */
function checkDrivers(located: Located<LossScenario>, ctx: LossContext): Set<string> {
  const at = (path: string) => ({ file: located.file, path: `${located.path}${path}` });
  const drivers = new Set<string>();
  located.value.drivers.forEach((driver, i) => {
    if (drivers.has(driver.id)) ctx.error(at(`.drivers[${i}].id`), `duplicate driver id ${JSON.stringify(driver.id)}`);
    checkBasis(driver.basis, at(`.drivers[${i}].basis`), ctx);
    // A driver worked out from others needs them resolved first: they must come before it.
    const needs = driver.from && 'product' in driver.from ? driver.from.product : driver.from && 'curve' in driver.from ? [driver.from.curve.driver] : [];
    needs.forEach((id) => {
      if (!drivers.has(id)) ctx.error(at(`.drivers[${i}].from`), `${JSON.stringify(id)} must be a driver listed before ${JSON.stringify(driver.id)}`);
    });
    drivers.add(driver.id);
    if (driver.from && 'curve' in driver.from) {
      const points = driver.from.curve.points;
      points.forEach(([x], k) => {
        if (k > 0 && x <= (points[k - 1]?.[0] ?? 0)) ctx.error(at(`.drivers[${i}].from.curve.points[${k}]`), 'curve points must have rising x');
      });
    }
    if (driver.from && 'question' in driver.from) {
      const question = ctx.questions.question(driver.from.question);
      if (!question) ctx.error(at(`.drivers[${i}].from.question`), `unknown question ${JSON.stringify(driver.from.question)}`);
      else if (question.type !== 'number' && question.type !== 'amount')
        ctx.error(
          at(`.drivers[${i}].from.question`),
          `${JSON.stringify(question.id)} is a ${question.type} question; a driver can only come from a number or an amount`,
        );
    }
    if (driver.max !== undefined && driver.default > driver.max)
      ctx.error(at(`.drivers[${i}].default`), `default ${driver.default} is above max ${driver.max}`);
  });
  return drivers;
}

function checkPreset(located: Located<LossPreset>, scenario: LossScenario | undefined, error: ErrorSink): void {
  const preset = located.value;
  const at = (path: string) => ({ file: located.file, path: `${located.path}${path}` });
  if (!scenario) {
    error(at('.scenario'), `unknown scenario ${JSON.stringify(preset.scenario)}`);
    return;
  }
  const drivers = new Set(scenario.drivers.map((d) => d.id));
  const items = new Set(scenario.items.map((i) => i.id));
  for (const id of Object.keys(preset.inputs))
    if (!drivers.has(id)) error(at(childPath('.inputs', id)), `scenario ${JSON.stringify(scenario.id)} has no driver ${JSON.stringify(id)}`);
  preset.items.forEach((id, i) => {
    if (!items.has(id)) error(at(`.items[${i}]`), `scenario ${JSON.stringify(scenario.id)} has no item ${JSON.stringify(id)}`);
  });
  for (const id of Object.keys(preset.expected.items))
    if (!preset.items.includes(id)) error(at(childPath('.expected.items', id)), `${JSON.stringify(id)} is not one of the preset's items`);
}
