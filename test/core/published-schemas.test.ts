// The JSON Schemas that content authors' editors and partners read are written from the schemas in
// src/core/schemas/, their single source. `npm run schemas` writes them; this test fails when one
// is out of date, naming the file.

import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discountSchemeSchema } from '../../src/core/schemas/discount-scheme.js';
import { industriesSchema } from '../../src/core/schemas/industries.js';
import { lossSchema } from '../../src/core/schemas/loss.js';
import { partnerConfigSchema } from '../../src/core/schemas/partner-config.js';
import { questionsSchema } from '../../src/core/schemas/questions.js';
import { quoteRequestSchema } from '../../src/core/schemas/quote-request.js';
import { rateTableSchema } from '../../src/core/schemas/rate-table.js';
import { starSchemeSchema } from '../../src/core/schemas/star-scheme.js';
import { policyTemplateSchema } from '../../src/core/schemas/policy-template.js';

const root = new URL('../../', import.meta.url);

export const PUBLISHED: [string, object][] = [
  ['questions/schema/questions.schema.json', questionsSchema],
  ['questions/schema/discount-scheme.schema.json', discountSchemeSchema],
  ['questions/schema/rate-table.schema.json', rateTableSchema],
  ['questions/schema/loss.schema.json', lossSchema],
  ['questions/schema/industries.schema.json', industriesSchema],
  ['questions/schema/star-scheme.schema.json', starSchemeSchema],
  ['questions/schema/policy-template.schema.json', policyTemplateSchema],
  ['src/core/quote/quote-request.schema.json', quoteRequestSchema],
  ['src/core/partner/partner-config.schema.json', partnerConfigSchema],
];

describe('published JSON Schemas', () => {
  it.each(PUBLISHED)('%s is written from its source in src/core/schemas', (file, schema) => {
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    if (process.env.UPDATE_SCHEMAS) writeFileSync(new URL(file, root), text);
    expect(readFileSync(new URL(file, root), 'utf8'), `${file} is out of date: run npm run schemas`).toBe(text);
  });
});
