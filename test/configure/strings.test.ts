import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS, GROUPS } from '../../src/configure/fields.js';
import { translator } from '../../src/configure/i18n.js';
import { PROBLEM_KEYS } from '../../src/configure/validate.js';
import en from '../../src/i18n/locales/configure-en.json';
import ja from '../../src/i18n/locales/configure-ja.json';

const keysOf = (node: unknown, prefix = ''): string[] =>
  typeof node === 'object' && node !== null ? Object.entries(node).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key)) : [prefix];

/** Every key the configurator asks for: the literal ones in its code, and those made from its data. */
function keysUsed(): string[] {
  const dir = new URL('../../src/configure/ui/', import.meta.url);
  const code = readdirSync(dir)
    .map((file) => readFileSync(new URL(file, dir), 'utf8'))
    .join('\n');
  const literal = [...code.matchAll(/\bt\('([\w.]+)'/g)].map((match) => match[1]!);
  const fields = FIELDS.flatMap((field) => [`fields.${field.id}.label`, `fields.${field.id}.hint`]);
  const options = FIELDS.flatMap((field) => (Array.isArray(field.options) ? field.options.map((option: string) => `options.${field.id}.${option}`) : []));
  const problems = PROBLEM_KEYS.map((key) => `problems.${key}`);
  const outcomes = ['confirmed', 'unconfirmed', 'rejected', 'unavailable', 'serverError', 'timedOut', 'insecure', 'relative'].map((kind) => `testSend.${kind}`);
  const lists = [0, 1, 2].flatMap((step) => [`outputs.wordpressPlugin.${step}`, `outputs.nextSteps.${step}`]);
  const dynamic = [
    ...GROUPS.map((group) => `groups.${group}`),
    'options.rateTable.none',
    'logo.checking',
    'logo.ok',
    'logo.relative',
    'outputs.copied',
    'outputs.copyFailed',
  ];
  return [...new Set([...literal, ...fields, ...options, ...problems, ...outcomes, ...lists, ...dynamic, 'preview.desktop', 'preview.phone'])];
}

describe("the configurator's strings", () => {
  it('has the same keys in Japanese and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(ja).sort());
  });

  it('has every string the configurator asks for', () => {
    const t = translator('ja');
    expect(keysUsed().filter((key) => t(key) === key)).toEqual([]);
  });

  it('fills in values and leaves unknown ones visible', () => {
    expect(translator('en')('problems.tooLong', { max: 80 })).toBe('At most 80 characters.');
    expect(translator('ja')('problems.tooLong')).toBe('{{max}}文字以内にしてください。');
  });
});
