// The built headless entry (dist/core.js) runs in plain Node, with no DOM and no Preact.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url);

describe('dist/core.js in Node', () => {
  it('loads without a DOM and answers with the built-in content', async () => {
    expect('document' in globalThis).toBe(false);
    const core = await import(/* @vite-ignore */ new URL('core.js', dist).href);
    expect(core.parseYen('5億円')).toEqual({ ok: true, value: 500_000_000 });
    expect(core.content.questions.some((q: { id: string }) => q.id === 'industry')).toBe(true);
    expect(core.stepsFor(core.content, {})[0].id).toBe('intro');
    expect(core.validateContent([]).ok).toBe(false);
  });

  it('ships type declarations for both entries', () => {
    const core = readFileSync(new URL('types/core/index.d.ts', dist), 'utf8') + readFileSync(new URL('types/core/lib.d.ts', dist), 'utf8');
    const embed = readFileSync(new URL('types/embed/index.d.ts', dist), 'utf8');
    expect(core).toMatch(/parseYen/);
    expect(core).toMatch(/validateContent/);
    expect(embed).toMatch(/mount/);
  });
});
