import { describe, expect, it } from 'vitest';
import { checkSchema, type JsonSchema } from '../../src/core/content/json-schema.js';

describe('the built-in JSON Schema checker', () => {
  it.each([
    [{ type: 'integer' }, 1.5, 'expected a whole number, found a number'],
    [{ type: ['string', 'number'] }, true, 'expected a text or a number, found true or false'],
    [{ enum: ['a', 'b'] }, 'c', 'expected one of "a", "b", found "c"'],
    [{ const: 1 }, 2, 'expected 1'],
    [{ minimum: 0 }, -1, 'must be at least 0'],
    [{ maximum: 1 }, 2, 'must be at most 1'],
    [{ exclusiveMinimum: 0 }, 0, 'must be more than 0'],
    [{ exclusiveMaximum: 1 }, 1, 'must be less than 1'],
    [{ minLength: 1 }, '', 'must not be empty'],
    [{ pattern: '^[a-z]+$' }, 'A', '"A" does not match the pattern ^[a-z]+$'],
    [{ minItems: 2 }, [1], 'needs at least 2 item(s)'],
    [{ not: { const: 0 } }, 0, 'must not match the excluded form'],
  ] as [JsonSchema, unknown, string][])('%j rejects %j', (schema, value, message) => {
    expect(checkSchema(value, schema)).toEqual([{ path: '$', message }]);
  });

  it('reports nested paths, unknown properties and duplicates', () => {
    const schema: JsonSchema = {
      type: 'object',
      additionalProperties: false,
      required: ['list'],
      properties: { list: { type: 'array', uniqueItems: true, items: { type: 'object', properties: { 'a b': { type: 'number' } } } } },
    };
    expect(checkSchema({ list: [{ 'a b': 'x' }, { 'a b': 'x' }], extra: 1 }, schema)).toEqual([
      { path: '$.list[1]', message: 'duplicate item {"a b":"x"}' },
      { path: '$.list[0]["a b"]', message: 'expected a number, found a text' },
      { path: '$.list[1]["a b"]', message: 'expected a number, found a text' },
      { path: '$.extra', message: 'unknown property "extra"; expected one of "list"' },
    ]);
  });

  it('follows if/then, anyOf (closest alternative) and local $refs', () => {
    const schema: JsonSchema = {
      $defs: { positive: { type: 'number', minimum: 1 } },
      if: { properties: { kind: { const: 'count' } } },
      then: { properties: { value: { $ref: '#/$defs/positive' } } },
      anyOf: [{ required: ['value'] }, { required: ['values', 'kind'] }],
    };
    expect(checkSchema({ kind: 'count', value: 0 }, schema)).toEqual([{ path: '$.value', message: 'must be at least 1' }]);
    expect(checkSchema({ kind: 'other', value: 0 }, schema)).toEqual([]);
    expect(checkSchema({ kind: 'other' }, schema)).toEqual([{ path: '$', message: 'missing required property "value"' }]);
  });
});
