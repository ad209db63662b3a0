// The widget checks its partner configuration against a JSON Schema at mount. Descriptions are
// for people and editors, not for the check, so the widget builds drop them (the files in the
// repository, and the headless build, keep them).

import type { Plugin } from 'vite';

const ANNOTATIONS = new Set(['description', '$comment', 'examples', '$id', '$schema']);
/** Keywords whose value maps names to schemas: a property may itself be called "description". */
const SCHEMA_MAPS = new Set(['properties', '$defs', 'patternProperties']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function withoutAnnotations(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (typeof schema !== 'object' || schema === null) return schema;
  const kept: Record<string, Json> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      kept[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, withoutAnnotations(child)]));
    } else if (key === 'enum' || key === 'const' || key === 'required') {
      kept[key] = value; // data, not schemas
    } else {
      kept[key] = withoutAnnotations(value);
    }
  }
  return kept;
}

export function schemaAnnotationsPlugin(): Plugin {
  return {
    name: 'crc-schema-annotations',
    enforce: 'pre', // before Vite turns the JSON into a module
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.schema.json')) return undefined;
      return { code: JSON.stringify(withoutAnnotations(JSON.parse(code) as Json)), map: null };
    },
  };
}
