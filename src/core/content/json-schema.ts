// A small JSON Schema (2020-12) checker for the subset our schemas use.
// Why not a full validator: this also runs in the widget (partner configuration arrives at run time)
// and in the Node API, and a full validator weighs more than the whole widget. The subset is listed
// in `KEYWORDS`; a schema using anything else fails the schema self-test in test/core.

/** A schema as this checker reads it; read-only, so the `as const` sources in core/schemas are schemas as they are. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: JsonType | readonly JsonType[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  allOf?: readonly JsonSchema[];
  anyOf?: readonly JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  not?: JsonSchema;
  minProperties?: number;
  maxProperties?: number;
  default?: unknown;
  examples?: readonly unknown[];
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export const KEYWORDS: ReadonlySet<string> = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'allOf',
  'anyOf',
  'if',
  'then',
  'else',
  'not',
  'minProperties',
  'maxProperties',
  'default',
  'examples',
]);

export interface SchemaIssue {
  /** JSONPath of the offending value, e.g. `$.questions[3].options[1].points`. */
  path: string;
  message: string;
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

const TYPE_WORDS: Record<JsonType, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

function matchesType(value: unknown, type: JsonType): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema {
  const prefix = '#/$defs/';
  const target = ref.startsWith(prefix) ? root.$defs?.[ref.slice(prefix.length)] : undefined;
  if (!target) throw new Error(`Schema reference ${ref} cannot be resolved`);
  return target;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Checks `value` against `schema`; returns every issue found, empty when valid. One function over
 * the keywords, longer than the house limit: it is in the widget's first load (the partner
 * configuration is checked at mount), and split into a function per keyword group it minified
 * about 160 bytes larger against a 40 KB budget with little room.
 */
// eslint-disable-next-line max-lines-per-function -- one function on purpose, see above
export function checkSchema(value: unknown, schema: JsonSchema, path = '$', root: JsonSchema = schema): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const fail = (message: string, at = path) => issues.push({ path: at, message });

  if (schema.$ref) issues.push(...checkSchema(value, resolveRef(schema.$ref, root), path, root));

  if (schema.type) {
    // typeof, not Array.isArray, which does not narrow a read-only array.
    const types: readonly JsonType[] = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((t) => matchesType(value, t))) {
      fail(`expected ${types.map((t) => TYPE_WORDS[t]).join(' or ')}, found ${TYPE_WORDS[typeOf(value)]}`);
      return issues; // further keywords would only repeat the same problem
    }
  }
  if (schema.const !== undefined && !deepEqual(value, schema.const)) fail(`expected ${show(schema.const)}`);
  if (schema.enum && !schema.enum.some((e) => deepEqual(e, value))) {
    fail(`expected one of ${schema.enum.map(show).join(', ')}, found ${show(value)}`);
  }

  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) {
      fail(schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters`);
    }
    if (schema.maxLength !== undefined && value.length > schema.maxLength) fail(`must be at most ${schema.maxLength} characters`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) fail(`${show(value)} does not match the pattern ${schema.pattern}`);
  }

  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`must be at least ${schema.minimum}`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) fail(`must be more than ${schema.exclusiveMinimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`must be at most ${schema.maximum}`);
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) fail(`must be less than ${schema.exclusiveMaximum}`);
  }

  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail(`needs at least ${schema.minItems} item(s)`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail(`allows at most ${schema.maxItems} item(s)`);
    if (schema.uniqueItems) {
      const seen = new Set<string>();
      value.forEach((item, i) => {
        const key = show(item);
        if (seen.has(key)) fail(`duplicate item ${key}`, childPath(path, i));
        seen.add(key);
      });
    }
    const { items } = schema;
    if (items) value.forEach((item, i) => issues.push(...checkSchema(item, items, childPath(path, i), root)));
  }

  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object);
    for (const key of schema.required ?? []) {
      if (!(key in object)) fail(`missing required property ${show(key)}${schema.title ? ` of ${schema.title}` : ''}`);
    }
    if (schema.minProperties !== undefined && keys.length < schema.minProperties)
      fail(`needs at least ${schema.minProperties} entr${schema.minProperties === 1 ? 'y' : 'ies'}`);
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) fail(`allows at most ${schema.maxProperties} entries`);
    for (const key of keys) {
      const at = childPath(path, key);
      if (schema.propertyNames) {
        for (const issue of checkSchema(key, schema.propertyNames, at, root)) fail(`key ${show(key)}: ${issue.message}`, at);
      }
      const propertySchema = schema.properties?.[key];
      if (propertySchema) issues.push(...checkSchema(object[key], propertySchema, at, root));
      else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {});
        fail(`unknown property ${show(key)}${known.length ? `; expected one of ${known.map(show).join(', ')}` : ''}`, at);
      } else if (typeof schema.additionalProperties === 'object') {
        issues.push(...checkSchema(object[key], schema.additionalProperties, at, root));
      }
    }
  }

  for (const sub of schema.allOf ?? []) issues.push(...checkSchema(value, sub, path, root));
  if (schema.anyOf) {
    const attempts = schema.anyOf.map((sub) => checkSchema(value, sub, path, root));
    if (!attempts.some((a) => a.length === 0)) {
      // Report the closest alternative: its issues say most precisely what is wrong.
      issues.push(...attempts.reduce((best, a) => (a.length < best.length ? a : best)));
    }
  }
  if (schema.if) {
    const branch = checkSchema(value, schema.if, path, root).length === 0 ? schema.then : schema.else;
    if (branch) issues.push(...checkSchema(value, branch, path, root));
  }
  if (schema.not && checkSchema(value, schema.not, path, root).length === 0) fail(`must not match ${schema.not.title ?? 'the excluded form'}`);
  return issues;
}
