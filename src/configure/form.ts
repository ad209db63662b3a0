// A partner configuration and the configurator's form, both ways. Loading keeps every value, right
// or wrong, in its field (so the partner sees what was there and why it cannot be used) and keeps
// the settings the form does not show (extra channels, retry timings) untouched. Building takes
// only the values that pass, and the widget's own check has the last word.

import type { ContentChoices } from '../core/content/parts.js';
import { checkConfig, type PartnerConfig } from '../core/partner/config.js';
import { isRecord } from '../core/record.js';
import { emptyForm, fieldById, FIELDS, listOf, type FieldSpec, type FieldValue, type FormValues } from './fields.js';
import { fieldProblem, PARTNER_PAGE, splitNames, type Problem } from './validate.js';
import { readChannels, writeChannels, type KeptChannels } from './form-channels.js';
import { unusedPaths } from './form-unused.js';

/** What the form does not show but a loaded configuration had: kept as it was. */
export interface KeptSettings extends KeptChannels {
  debug?: boolean;
}

export interface LoadedConfig {
  values: FormValues;
  kept: KeptSettings;
  /** Values of the wrong type (a number for a name…), by field: the field starts empty. */
  loadProblems: Record<string, Problem>;
  /** JSON paths of parts nothing uses (misspelt keys, for instance), or '$' when it is no object at all. */
  unused: string[];
}

function valueAt(raw: Record<string, unknown>, path: readonly string[]): unknown {
  let node: unknown = raw;
  for (const key of path) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** The configuration in the form's fields. */
export function formFromConfig(raw: unknown, choices: ContentChoices): LoadedConfig {
  const values = emptyForm(choices);
  const loadProblems: Record<string, Problem> = {};
  if (!isRecord(raw)) return { values, kept: { channels: [] }, loadProblems, unused: ['$'] };
  const wrong = (id: string, value: unknown) => {
    loadProblems[id] = { key: 'wrongType', vars: { value: JSON.stringify(value).slice(0, 40) } };
  };
  const take = (field: FieldSpec, value: unknown) => {
    if (value === undefined) return;
    const read = readValue(field, value);
    if (read === undefined) wrong(field.id, value);
    else values[field.id] = read;
  };
  for (const field of FIELDS) if (field.path) take(field, valueAt(raw, field.path));
  take(fieldById('rateTable'), raw.rateTable === null ? 'none' : raw.rateTable);
  take(fieldById('scenarios'), raw.scenarios);
  const quote = isRecord(raw.quote) ? raw.quote : {};
  const params = quote.attributionParams;
  if (Array.isArray(params) && params.every((name) => typeof name === 'string')) {
    values.attribution = params.length > 0;
    values.attributionParams = params.join(', ');
  } else if (params !== undefined) wrong('attributionParams', params);
  const seminar = raw.seminar;
  values.seminar = seminar === true || seminar === 'presenter' || seminar === 'attendee' || isRecord(seminar);
  if (isRecord(seminar)) for (const id of ['idleResetSeconds', 'countdownSeconds', 'fullVersionUrl', 'attendeeUrl']) take(fieldById(id), seminar[id]);
  else if (seminar !== undefined && !values.seminar && seminar !== false) wrong('seminar', seminar);
  // The attendee view is the default: only the presenter's is a choice in the form.
  const role = seminar === 'presenter' || seminar === 'attendee' ? seminar : isRecord(seminar) ? seminar.role : undefined;
  if (role === 'presenter') values.seminarRole = role;
  else if (role !== undefined && role !== 'attendee') wrong('seminarRole', role);
  if (typeof raw.starLadder === 'boolean') values.starLadder = raw.starLadder;
  else if (raw.starLadder !== undefined) wrong('starLadder', raw.starLadder);
  const kept: KeptSettings = readChannels(quote.channels, values, wrong);
  if (typeof raw.debug === 'boolean') kept.debug = raw.debug;
  return { values, kept, loadProblems, unused: [...unusedPaths(raw), ...misshapen(raw)] };
}

/** A loaded value as its field holds it; undefined when it has the wrong type. */
function readValue(field: FieldSpec, value: unknown): FieldValue | undefined {
  switch (field.kind) {
    case 'toggle':
      return typeof value === 'boolean' ? value : undefined;
    case 'choices':
      return Array.isArray(value) && value.every((id) => typeof id === 'string') ? [...new Set(value)] : undefined;
    case 'integer':
      return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
    default:
      return typeof value === 'string' ? value : undefined;
  }
}

/** Groups of settings that should be objects but are not, and a debug switch that is no switch: all left out. */
function misshapen(raw: Record<string, unknown>): string[] {
  const groups = { '$.partner': raw.partner, '$.partner.contact': valueAt(raw, ['partner', 'contact']), '$.theme': raw.theme, '$.quote': raw.quote };
  const notObjects = Object.entries(groups).flatMap(([path, value]) => (value === undefined || isRecord(value) ? [] : [path]));
  return [...notObjects, ...(raw.debug === undefined || typeof raw.debug === 'boolean' ? [] : ['$.debug'])];
}

export interface BuiltConfig {
  /** Only the values that passed, checked by the widget's own check. */
  config: PartnerConfig;
  /** What is wrong, by field id (fields hidden by an off toggle are not checked). */
  problems: Record<string, Problem>;
  /** What the widget's check still found (kept settings that do not pass): its own words. */
  widgetProblems: string[];
}

/** Whether a field is in use: shown, and not waiting for a toggle that is off. */
export function fieldInUse(field: FieldSpec, values: FormValues): boolean {
  const switchedOn = field.when === undefined || values[field.when] === true;
  return switchedOn && !(field.unless && values[field.unless.field] === field.unless.value);
}

/** The form as a configuration, with what is wrong in it. */
export function configFromForm(values: FormValues, kept: KeptSettings, choices: ContentChoices): BuiltConfig {
  const problems: Record<string, Problem> = {};
  const good = (id: string): string | undefined => {
    const field = fieldById(id);
    const value = values[id] ?? '';
    const problem = fieldInUse(field, values) ? fieldProblem(field, value, choices) : undefined;
    if (problem) problems[id] = problem;
    return problem || typeof value !== 'string' || value.trim() === '' ? undefined : value.trim();
  };
  const config: Record<string, unknown> = {};
  const put = (path: readonly string[], value: unknown) => {
    const last = path[path.length - 1];
    if (value === undefined || last === undefined) return;
    let node = config;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[last] = value;
  };
  for (const field of FIELDS) {
    if (!field.path) continue;
    if (field.kind === 'toggle') put(field.path, values[field.id] === true ? true : undefined);
    else put(field.path, field.kind === 'integer' ? numberOf(good(field.id)) : good(field.id));
  }
  // The partner needs both its name and its id, or neither.
  if (isRecord(config.partner) && (!config.partner.name || !config.partner.id)) delete config.partner;
  const rateTable = good('rateTable');
  put(['rateTable'], rateTable === 'none' ? null : rateTable);
  const scenarios = listOf(values.scenarios);
  const scenarioProblem = fieldProblem(fieldById('scenarios'), scenarios, choices);
  if (scenarioProblem) problems.scenarios = scenarioProblem;
  else if (scenarios.length < choices.scenarios.length) put(['scenarios'], [...scenarios]);
  const channels = writeChannels(kept, good);
  // The owner consents to send their details to the partner: the consent links to its privacy policy.
  if (channels.length > 0 && !good('privacyPolicyUrl') && !problems.privacyPolicyUrl) problems.privacyPolicyUrl = { key: 'privacyNeeded' };
  if (channels.length > 0) put(['quote', 'channels'], channels);
  // Shown unless switched off: only the off state is written.
  put(['starLadder'], values.starLadder === false ? false : undefined);
  put(['quote', 'attributionParams'], values.attribution === false ? [] : mapDefined(good('attributionParams'), splitNames));
  if (values.seminar === true) put(['seminar'], seminarSettings(good));
  if (kept.debug !== undefined) put(['debug'], kept.debug);
  const checked = checkConfig(
    config,
    {
      discountSchemes: ids(choices.discountSchemes),
      rateTables: ids(choices.rateTables),
      coverage: ids(choices.coverage),
      scenarios: ids(choices.scenarios),
    },
    PARTNER_PAGE,
  );
  return { config: checked.config, problems, widgetProblems: checked.problems };
}

/** Seminar mode's settings, or just `true` when none is given. */
function seminarSettings(good: (id: string) => string | undefined): Record<string, unknown> | true {
  const settings = {
    role: good('seminarRole'),
    idleResetSeconds: numberOf(good('idleResetSeconds')),
    countdownSeconds: numberOf(good('countdownSeconds')),
    fullVersionUrl: good('fullVersionUrl'),
    attendeeUrl: good('attendeeUrl'),
  };
  const given = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
  return Object.keys(given).length > 0 ? given : true;
}

function numberOf(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

function mapDefined<T, U>(value: T | undefined, map: (value: T) => U): U | undefined {
  return value === undefined ? undefined : map(value);
}

function ids(list: readonly { id: string }[]): string[] {
  return list.map((item) => item.id);
}
