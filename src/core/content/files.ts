// The files of `questions/`: which schema each follows (by its folder), and the items they hold,
// each with where it was written. A file that fails its schema adds its issues and no items.

import { discountSchemeSchema } from '../schemas/discount-scheme.js';
import { industriesSchema } from '../schemas/industries.js';
import { lossSchema } from '../schemas/loss.js';
import { questionsSchema } from '../schemas/questions.js';
import { rateTableSchema } from '../schemas/rate-table.js';
import { policyTemplateSchema } from '../schemas/policy-template.js';
import { starSchemeSchema } from '../schemas/star-scheme.js';
import type { CoverageProgram, LossModel, LossPreset, LossScenario } from '../loss/types.js';
import type {
  AnswerScale,
  Category,
  DiscountScheme,
  IndustryClassification,
  IpaBand,
  IpaTopic,
  PolicyTemplate,
  Question,
  RateTable,
  StarScheme,
} from '../types.js';
import { checkSchema, type JsonSchema } from './json-schema.js';
import type { ErrorSink, Located } from './located.js';

export interface ContentFile {
  /** Path as shown to the author, e.g. `questions/controls/basics.json`. */
  file: string;
  data: unknown;
}

type FileKind = 'discounts' | 'rates' | 'loss' | 'industries' | 'stars' | 'policy' | 'questions';

const SCHEMA_BY_KIND: Record<FileKind, JsonSchema> = {
  discounts: discountSchemeSchema,
  rates: rateTableSchema,
  loss: lossSchema,
  industries: industriesSchema,
  stars: starSchemeSchema,
  policy: policyTemplateSchema,
  questions: questionsSchema,
};

/** Which kind of content a file holds, by its folder. */
function kindOf(file: string): FileKind {
  if (/(^|\/)discounts\//.test(file)) return 'discounts';
  if (/(^|\/)loss\//.test(file)) return 'loss';
  if (/(^|\/)rates\//.test(file)) return 'rates';
  if (/(^|\/)industries\//.test(file)) return 'industries';
  if (/(^|\/)stars\//.test(file)) return 'stars';
  if (/(^|\/)policy\//.test(file)) return 'policy';
  return 'questions';
}

interface LossFile {
  model?: LossModel;
  scenarios?: LossScenario[];
  presets?: LossPreset[];
  coverage?: CoverageProgram[];
}

interface QuestionFile {
  ipaTopics?: IpaTopic[];
  ipaBands?: IpaBand[];
  categories?: Category[];
  scales?: AnswerScale[];
  questions?: Question[];
}

/** Every item of the content, in file order (files sorted by name) and in order within each file. */
export interface ContentItems {
  categories: Located<Category>[];
  scales: Located<AnswerScale>[];
  questions: Located<Question>[];
  ipaTopics: Located<IpaTopic>[];
  ipaBands: Located<IpaBand>[];
  schemes: Located<DiscountScheme>[];
  rateTables: Located<RateTable>[];
  industries: Located<IndustryClassification>[];
  starSchemes: Located<StarScheme>[];
  policyTemplates: Located<PolicyTemplate>[];
  models: Located<LossModel>[];
  scenarios: Located<LossScenario>[];
  presets: Located<LossPreset>[];
  programs: Located<CoverageProgram>[];
}

/** The items of every file that passes its schema; `schemaFailed` when any file did not. */
export function collectItems(files: ContentFile[], error: ErrorSink): { items: ContentItems; schemaFailed: boolean } {
  const items: ContentItems = {
    categories: [],
    scales: [],
    questions: [],
    ipaTopics: [],
    ipaBands: [],
    schemes: [],
    rateTables: [],
    industries: [],
    starSchemes: [],
    policyTemplates: [],
    models: [],
    scenarios: [],
    presets: [],
    programs: [],
  };
  let schemaFailed = false;
  // Sorted by name so that the order of questions does not depend on the file system.
  for (const { file, data } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
    const kind = kindOf(file);
    const issues = checkSchema(data, SCHEMA_BY_KIND[kind]);
    for (const issue of issues) error({ file, path: issue.path }, issue.message);
    if (issues.length) schemaFailed = true;
    else addItems(items, kind, file, data);
  }
  return { items, schemaFailed };
}

/** Adds the items of a file that passed its schema, which is what makes the casts below true. */
function addItems(items: ContentItems, kind: FileKind, file: string, data: unknown): void {
  const add = <T>(list: Located<T>[], values: T[] | undefined, key: string) =>
    values?.forEach((value, i) => list.push({ value, file, path: `$.${key}[${i}]` }));
  if (kind === 'discounts') items.schemes.push({ value: data as DiscountScheme, file, path: '$' });
  else if (kind === 'rates') items.rateTables.push({ value: data as RateTable, file, path: '$' });
  else if (kind === 'industries') items.industries.push({ value: data as IndustryClassification, file, path: '$' });
  else if (kind === 'stars') items.starSchemes.push({ value: data as StarScheme, file, path: '$' });
  else if (kind === 'policy') items.policyTemplates.push({ value: data as PolicyTemplate, file, path: '$' });
  else if (kind === 'loss') {
    const loss = data as LossFile;
    if (loss.model) items.models.push({ value: loss.model, file, path: '$.model' });
    add(items.scenarios, loss.scenarios, 'scenarios');
    add(items.presets, loss.presets, 'presets');
    add(items.programs, loss.coverage, 'coverage');
  } else {
    const parsed = data as QuestionFile;
    add(items.categories, parsed.categories, 'categories');
    add(items.scales, parsed.scales, 'scales');
    add(items.questions, parsed.questions, 'questions');
    add(items.ipaTopics, parsed.ipaTopics, 'ipaTopics');
    add(items.ipaBands, parsed.ipaBands, 'ipaBands');
  }
}
