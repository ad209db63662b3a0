// Turns the files of `questions/` into one validated `Content`, or into errors that name the file,
// the JSONPath and what was expected. Runs at build (vite content plugin), in tests and in the Node
// API; the widget bundle receives content that has already passed.

import discountSchemeSchema from '../../../questions/schema/discount-scheme.schema.json' with { type: 'json' };
import questionFileSchema from '../../../questions/schema/questions.schema.json' with { type: 'json' };
import lossSchema from '../../../questions/schema/loss.schema.json' with { type: 'json' };
import rateTableSchema from '../../../questions/schema/rate-table.schema.json' with { type: 'json' };
import type { CoverageProgram, LossModel, LossPreset, LossScenario } from '../loss/types.js';
import {
  hasOptions,
  NOT_APPLICABLE,
  type AnswerOption,
  type AnswerScale,
  type Category,
  type Condition,
  type Content,
  type DiscountScheme,
  type IpaBand,
  type RateTable,
  type IpaTopic,
  type Question,
} from '../types.js';
import { checkSchema, childPath, type JsonSchema } from './json-schema.js';

// JSON imports are typed by their literal shape; they are JsonSchemas by construction (tested).
const QUESTION_FILE_SCHEMA = questionFileSchema as unknown as JsonSchema;
const DISCOUNT_SCHEME_SCHEMA = discountSchemeSchema as unknown as JsonSchema;
const RATE_TABLE_SCHEMA = rateTableSchema as unknown as JsonSchema;

/** Which kind of content a file holds, by its folder. */
function kindOf(file: string): 'discounts' | 'rates' | 'loss' | 'questions' {
  if (/(^|\/)discounts\//.test(file)) return 'discounts';
  if (/(^|\/)loss\//.test(file)) return 'loss';
  if (/(^|\/)rates\//.test(file)) return 'rates';
  return 'questions';
}

const LOSS_SCHEMA = lossSchema as unknown as JsonSchema;

const SCHEMA_BY_KIND = { discounts: DISCOUNT_SCHEME_SCHEMA, rates: RATE_TABLE_SCHEMA, loss: LOSS_SCHEMA, questions: QUESTION_FILE_SCHEMA };

interface LossFile {
  model?: LossModel;
  scenarios?: LossScenario[];
  presets?: LossPreset[];
  coverage?: CoverageProgram[];
}

export interface ContentFile {
  /** Path as shown to the author, e.g. `questions/controls/basics.json`. */
  file: string;
  data: unknown;
}

export interface ContentError {
  file: string;
  path: string;
  message: string;
}

export type ContentResult = { ok: true; content: Content } | { ok: false; errors: ContentError[] };

export function formatContentError(error: ContentError): string {
  return `${error.file} at ${error.path}: ${error.message}`;
}

interface Located<T> {
  value: T;
  file: string;
  path: string;
}

interface QuestionFile {
  ipaTopics?: IpaTopic[];
  ipaBands?: IpaBand[];
  categories?: Category[];
  scales?: AnswerScale[];
  questions?: Question[];
}

export function validateContent(files: ContentFile[]): ContentResult {
  const errors: ContentError[] = [];
  const error = (at: { file: string; path: string }, message: string) => errors.push({ file: at.file, path: at.path, message });

  const categories: Located<Category>[] = [];
  const scales: Located<AnswerScale>[] = [];
  const questions: Located<Question>[] = [];
  const ipaTopics: Located<IpaTopic>[] = [];
  const ipaBands: Located<IpaBand>[] = [];
  let schemaFailed = false;

  // Sorted by name so that the order of questions does not depend on the file system.
  const schemes: Located<DiscountScheme>[] = [];
  const rateTables: Located<RateTable>[] = [];
  const models: Located<LossModel>[] = [];
  const scenarios: Located<LossScenario>[] = [];
  const presets: Located<LossPreset>[] = [];
  const programs: Located<CoverageProgram>[] = [];

  for (const { file, data } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const kind = kindOf(file);
    const issues = checkSchema(data, SCHEMA_BY_KIND[kind]);
    for (const issue of issues) error({ file, path: issue.path }, issue.message);
    if (issues.length) {
      schemaFailed = true;
      continue;
    }
    if (kind === 'discounts') {
      schemes.push({ value: data as DiscountScheme, file, path: '$' });
      continue;
    }
    if (kind === 'rates') {
      rateTables.push({ value: data as RateTable, file, path: '$' });
      continue;
    }
    if (kind === 'loss') {
      const loss = data as LossFile;
      if (loss.model) models.push({ value: loss.model, file, path: '$.model' });
      loss.scenarios?.forEach((value, i) => scenarios.push({ value, file, path: `$.scenarios[${i}]` }));
      loss.presets?.forEach((value, i) => presets.push({ value, file, path: `$.presets[${i}]` }));
      loss.coverage?.forEach((value, i) => programs.push({ value, file, path: `$.coverage[${i}]` }));
      continue;
    }
    const parsed = data as QuestionFile;
    parsed.categories?.forEach((value, i) => categories.push({ value, file, path: `$.categories[${i}]` }));
    parsed.scales?.forEach((value, i) => scales.push({ value, file, path: `$.scales[${i}]` }));
    parsed.questions?.forEach((value, i) => questions.push({ value, file, path: `$.questions[${i}]` }));
    parsed.ipaTopics?.forEach((value, i) => ipaTopics.push({ value, file, path: `$.ipaTopics[${i}]` }));
    parsed.ipaBands?.forEach((value, i) => ipaBands.push({ value, file, path: `$.ipaBands[${i}]` }));
  }

  const categoryById = indexById(categories, 'category', error);
  const scaleById = indexById(scales, 'answer scale', error);
  const questionById = indexById(questions, 'question', error);
  const topicById = indexById(ipaTopics, 'IPA topic', error);
  indexById(ipaBands, 'IPA band', error);

  for (const scale of scales) checkUniqueOptionIds(scale.value.options, scale, childPath(scale.path, 'options'), error);

  for (const located of questions) {
    const q = located.value;
    const category = categoryById.get(q.category);
    if (!category) {
      const known = categories.map((c) => JSON.stringify(c.value.id)).join(', ');
      error(
        { file: located.file, path: childPath(located.path, 'category') },
        `unknown category ${JSON.stringify(q.category)}; expected one of ${known || '(none defined)'}`,
      );
      continue;
    }
    const expectedKind = q.type === 'control' ? 'controls' : 'profile';
    if (category.value.kind !== expectedKind) {
      error(
        { file: located.file, path: childPath(located.path, 'type') },
        `a ${q.type} question belongs in a ${expectedKind} category, but ${JSON.stringify(q.category)} is a ${category.value.kind} category`,
      );
    }
    if ('scale' in q && q.scale !== undefined) {
      const scale = scaleById.get(q.scale);
      if (!scale) error({ file: located.file, path: childPath(located.path, 'scale') }, `unknown answer scale ${JSON.stringify(q.scale)}`);
      else if (q.type === 'control') {
        scale.value.options.forEach((option, i) => {
          if (option.points === undefined) {
            error(
              { file: scale.file, path: childPath(childPath(childPath(scale.path, 'options'), i), 'points') },
              `missing points on option ${JSON.stringify(option.id)}; control question ${JSON.stringify(q.id)} uses this scale, so every option needs points`,
            );
          }
        });
      }
    }
    if ('options' in q && q.options) checkUniqueOptionIds(q.options, located, childPath(located.path, 'options'), error);
    if (q.type === 'control' && q.allowNotApplicable) {
      const ids = optionsOf(q, (s) => scaleById.get(s)?.value) ?? [];
      if (!ids.includes(NOT_APPLICABLE)) {
        error(
          { file: located.file, path: childPath(located.path, 'allowNotApplicable') },
          `allowNotApplicable needs an option with id "${NOT_APPLICABLE}" in the question's scale or options`,
        );
      }
    }
    if (q.type === 'control') {
      q.ipaTopics?.forEach((topic, i) => {
        if (!topicById.has(topic))
          error({ file: located.file, path: childPath(childPath(located.path, 'ipaTopics'), i) }, `unknown IPA topic ${JSON.stringify(topic)}`);
      });
    }
    if ('min' in q && q.min !== undefined && q.max !== undefined && q.min > q.max) {
      error({ file: located.file, path: childPath(located.path, 'max') }, `max (${q.max}) is below min (${q.min})`);
    }
  }

  // Flow order: categories as listed, questions in file order within each category.
  const categoryOrder = new Map(categories.map((c, i) => [c.value.id, i]));
  const ordered = questions
    .filter((q) => categoryOrder.has(q.value.category))
    .map((q, i) => ({ q, i }))
    .sort((a, b) => categoryOrder.get(a.q.value.category)! - categoryOrder.get(b.q.value.category)! || a.i - b.i)
    .map(({ q }) => q);
  const position = new Map(ordered.map((q, i) => [q.value.id, i]));

  for (const located of ordered) {
    if (!located.value.showIf) continue;
    checkCondition(located.value.showIf, childPath(located.path, 'showIf'), located, {
      position: position.get(located.value.id)!,
      positionOf: (id) => position.get(id),
      optionIdsOf: (id) => {
        const target = questionById.get(id)?.value;
        return target ? optionsOf(target, (s) => scaleById.get(s)?.value) : undefined;
      },
      error,
    });
  }

  // Cross-file checks below are skipped when a file failed its schema: its items are missing and
  // would only add noise to the one error that matters.
  // The IPA-style score needs every topic asked of every company: covered by an unconditional control.
  for (const topic of schemaFailed ? [] : ipaTopics) {
    const covering = questions.filter((q) => q.value.type === 'control' && q.value.ipaTopics?.includes(topic.value.id));
    if (covering.length === 0)
      error(topic, `IPA topic ${JSON.stringify(topic.value.id)} is not covered by any control question (list it in a question's ipaTopics)`);
    else if (covering.every((q) => q.value.showIf))
      error(topic, `IPA topic ${JSON.stringify(topic.value.id)} is covered only by conditional questions; at least one must be asked of every company`);
  }
  if (ipaTopics.length > 0 && ipaBands.length === 0) error({ file: ipaTopics[0]!.file, path: '$' }, 'IPA topics are defined but no ipaBands');

  const rateTableById = indexById(rateTables, 'rate table', error);
  indexById(schemes, 'discount scheme', error);
  for (const scheme of schemaFailed ? [] : schemes) {
    checkScheme(scheme, {
      rateTableExists: (id) => rateTableById.has(id),
      question: (id) => questionById.get(id)?.value,
      optionIdsOf: (id) => {
        const target = questionById.get(id)?.value;
        return target ? optionsOf(target, (s) => scaleById.get(s)?.value) : undefined;
      },
      error,
    });
  }
  const industry = questionById.get('industry')?.value;
  const industries = industry ? optionsOf(industry, (s) => scaleById.get(s)?.value) : undefined;
  for (const table of schemaFailed ? [] : rateTables) checkRateTable(table, industries, error);

  const scenarioById = indexById(scenarios, 'loss scenario', error);
  indexById(presets, 'preset', error);
  indexById(programs, 'coverage program', error);
  if (models.length > 1) error(models[1]!, `a second loss model; the first is in ${models[0]!.file}`);
  if (scenarios.length > 0 && models.length === 0) error(scenarios[0]!, 'scenarios need a loss model ("model" in a file of questions/loss/)');
  if (!schemaFailed) {
    const lossContext: LossContext = {
      question: (id) => questionById.get(id)?.value,
      conditions: {
        position: Infinity,
        positionOf: (id) => (questionById.has(id) ? 0 : undefined),
        optionIdsOf: (id) => {
          const target = questionById.get(id)?.value;
          return target ? optionsOf(target, (s) => scaleById.get(s)?.value) : undefined;
        },
        error,
      },
      error,
    };
    for (const scenario of scenarios) checkScenario(scenario, lossContext);
    for (const preset of presets) checkPreset(preset, scenarioById.get(preset.value.scenario)?.value, error);
  }

  if (categories.length === 0) error({ file: 'questions/', path: '$' }, 'no categories are defined');
  if (errors.length) return { ok: false, errors };

  return {
    ok: true,
    content: {
      loss: {
        model: models[0]?.value ?? { jnsa: { base: 500, identifiability: 1, socialResponsibility: 1, response: 1, kinds: {} }, grossMargin: { default: 0.25 } },
        scenarios: scenarios.map((s) => s.value),
        presets: presets.map((p) => p.value),
        coverage: programs.map((p) => p.value),
      },
      // The scheme named first in file order is the default.
      discountSchemes: schemes.map((s) => s.value),
      rateTables: rateTables.map((t) => t.value),
      categories: categories.map((c) => c.value),
      ipaTopics: ipaTopics.map((t) => t.value).sort((a, b) => a.number - b.number),
      ipaBands: ipaBands.map((b) => b.value).sort((a, b) => b.min - a.min),
      scales: Object.fromEntries(scales.map((s) => [s.value.id, s.value])),
      questions: ordered.map((q) => q.value),
    },
  };
}

type ErrorSink = (at: { file: string; path: string }, message: string) => void;

function indexById<T extends { id: string }>(items: Located<T>[], what: string, error: ErrorSink): Map<string, Located<T>> {
  const byId = new Map<string, Located<T>>();
  for (const item of items) {
    const first = byId.get(item.value.id);
    if (first) {
      error(
        { file: item.file, path: childPath(item.path, 'id') },
        `duplicate ${what} id ${JSON.stringify(item.value.id)}; first defined in ${first.file} at ${first.path}`,
      );
    } else byId.set(item.value.id, item);
  }
  return byId;
}

function checkUniqueOptionIds(options: AnswerOption[], at: { file: string }, path: string, error: ErrorSink) {
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (seen.has(option.id)) error({ file: at.file, path: childPath(childPath(path, i), 'id') }, `duplicate option id ${JSON.stringify(option.id)}`);
    seen.add(option.id);
  });
}

function optionsOf(q: Question, scale: (id: string) => AnswerScale | undefined): string[] | undefined {
  if (!hasOptions(q)) return undefined;
  const options = q.options ?? (q.scale ? scale(q.scale)?.options : undefined) ?? [];
  return options.map((o) => o.id);
}

interface ConditionContext {
  position: number;
  positionOf: (id: string) => number | undefined;
  optionIdsOf: (id: string) => string[] | undefined;
  error: ErrorSink;
}

function checkCondition(condition: Condition, path: string, at: { file: string }, ctx: ConditionContext) {
  if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, childPath(childPath(path, 'all'), i), at, ctx));
  if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(c, childPath(childPath(path, 'any'), i), at, ctx));
  if ('not' in condition) return checkCondition(condition.not, childPath(path, 'not'), at, ctx);

  const target = condition.question;
  const targetPosition = ctx.positionOf(target);
  if (targetPosition === undefined) {
    return ctx.error({ file: at.file, path: childPath(path, 'question') }, `condition names unknown question ${JSON.stringify(target)}`);
  }
  // Conditions may only look back; this also rules out cycles.
  if (targetPosition >= ctx.position) {
    return ctx.error(
      { file: at.file, path: childPath(path, 'question') },
      `condition names ${JSON.stringify(target)}, which is not asked before this question; conditions can only refer to earlier questions`,
    );
  }
  const optionIds = ctx.optionIdsOf(target);
  const values = 'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : 'includes' in condition ? [condition.includes] : [];
  if (optionIds) {
    for (const value of values) {
      if (!optionIds.includes(String(value))) {
        ctx.error(
          { file: at.file, path: path },
          `question ${JSON.stringify(target)} has no option ${JSON.stringify(value)}; its options are ${optionIds.map((o) => JSON.stringify(o)).join(', ')}`,
        );
      }
    }
  }
}

interface SchemeContext {
  rateTableExists: (id: string) => boolean;
  question: (id: string) => Question | undefined;
  optionIdsOf: (id: string) => string[] | undefined;
  error: ErrorSink;
}

function checkScheme(located: Located<DiscountScheme>, ctx: SchemeContext) {
  const scheme = located.value;
  const at = (path: string) => ({ file: located.file, path });
  if (scheme.rateTable && !ctx.rateTableExists(scheme.rateTable)) ctx.error(at('$.rateTable'), `unknown rate table ${JSON.stringify(scheme.rateTable)}`);

  const checkControls = (ids: string[] | undefined, path: string) =>
    ids?.forEach((id, i) => {
      const question = ctx.question(id);
      if (!question) ctx.error(at(childPath(path, i)), `unknown question ${JSON.stringify(id)}`);
      else if (question.type !== 'control')
        ctx.error(at(childPath(path, i)), `${JSON.stringify(id)} is a ${question.type} question; only controls can be required to be done`);
    });
  // Scheme conditions may refer to any question, so every question counts as "earlier".
  const conditionContext: ConditionContext = {
    position: Infinity,
    positionOf: (id) => (ctx.question(id) ? 0 : undefined),
    optionIdsOf: ctx.optionIdsOf,
    error: ctx.error,
  };
  const checkWhen = (condition: Condition | undefined, path: string) => condition && checkCondition(condition, path, { file: located.file }, conditionContext);

  checkWhen(scheme.group?.when, '$.group.when');
  checkControls(scheme.security.requireDone, '$.security.requireDone');
  const tiers = scheme.security.tiers;
  const first = tiers[0];
  if (first && (first.minScore !== undefined || first.requireDone || first.when)) {
    ctx.error(at('$.security.tiers[0]'), 'the first tier is where every company starts, so it cannot have rules');
  }
  tiers.forEach((tier, i) => {
    const path = `$.security.tiers[${i}]`;
    checkControls(tier.requireDone, `${path}.requireDone`);
    checkWhen(tier.when, `${path}.when`);
    const previous = tiers[i - 1];
    if (previous && tier.rate < previous.rate)
      ctx.error(at(`${path}.rate`), `tiers go from lowest to highest, but ${tier.rate} is below the previous tier's ${previous.rate}`);
    if (tier.rate > scheme.security.cap) ctx.error(at(`${path}.rate`), `${tier.rate} is above the security cap ${scheme.security.cap}`);
  });
  scheme.security.parts?.forEach((part, i) => checkWhen(part.when, `$.security.parts[${i}].when`));
}

function checkRateTable(located: Located<RateTable>, industries: string[] | undefined, error: ErrorSink) {
  const plans = new Set(located.value.plans.map((p) => p.id));
  located.value.rows.forEach((row, i) => {
    const path = `$.rows[${i}]`;
    if (industries && !industries.includes(row.industry)) {
      error({ file: located.file, path: `${path}.industry` }, `unknown industry ${JSON.stringify(row.industry)}; expected an option of the industry question`);
    }
    for (const plan of Object.keys(row.premiums)) {
      if (!plans.has(plan))
        error(
          { file: located.file, path: childPath(`${path}.premiums`, plan) },
          `unknown plan ${JSON.stringify(plan)}; the table's plans are ${[...plans].map((p) => JSON.stringify(p)).join(', ')}`,
        );
    }
  });
}

interface LossContext {
  question: (id: string) => Question | undefined;
  conditions: ConditionContext;
  error: ErrorSink;
}

function checkScenario(located: Located<LossScenario>, ctx: LossContext) {
  const scenario = located.value;
  const at = (path: string) => ({ file: located.file, path: `${located.path}${path}` });
  const drivers = new Set<string>();
  scenario.drivers.forEach((driver, i) => {
    if (drivers.has(driver.id)) ctx.error(at(`.drivers[${i}].id`), `duplicate driver id ${JSON.stringify(driver.id)}`);
    drivers.add(driver.id);
    if (driver.from && 'question' in driver.from) {
      const question = ctx.question(driver.from.question);
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
  const needDriver = (id: string, path: string) => {
    if (!drivers.has(id))
      ctx.error(at(path), `unknown driver ${JSON.stringify(id)}; this scenario's drivers are ${[...drivers].map((d) => JSON.stringify(d)).join(', ')}`);
  };
  const items = new Set<string>();
  scenario.items.forEach((item, i) => {
    if (items.has(item.id)) ctx.error(at(`.items[${i}].id`), `duplicate item id ${JSON.stringify(item.id)}`);
    items.add(item.id);
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
    const question = ctx.question(m.control);
    if (!question || question.type !== 'control') ctx.error(at(`.mitigations[${i}].control`), `unknown control ${JSON.stringify(m.control)}`);
    needDriver(m.driver, `.mitigations[${i}].driver`);
  });
  if (scenario.appliesIf) checkCondition(scenario.appliesIf, `${located.path}.appliesIf`, { file: located.file }, ctx.conditions);
}

function checkPreset(located: Located<LossPreset>, scenario: LossScenario | undefined, error: ErrorSink) {
  const preset = located.value;
  const at = (path: string) => ({ file: located.file, path: `${located.path}${path}` });
  if (!scenario) return error(at('.scenario'), `unknown scenario ${JSON.stringify(preset.scenario)}`);
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
