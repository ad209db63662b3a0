// Checks of the loss content: one model, scenarios whose drivers, items, mitigations and conditions
// name what exists, and presets that name their scenario's drivers and items.

import type { LossPreset, LossScenario } from '../loss/types.js';
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
  scenario.items.forEach((item, i) => {
    if (items.has(item.id)) ctx.error(at(`.items[${i}].id`), `duplicate item id ${JSON.stringify(item.id)}`);
    items.add(item.id);
    checkBasis(item.basis, at(`.items[${i}].basis`), ctx);
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
