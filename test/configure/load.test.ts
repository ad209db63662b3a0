import { describe, expect, it } from 'vitest';
import { contentChoices } from '../../src/core/content/parts.js';
import { content } from '../../src/core/index.js';
import { readDraft, saveDraft } from '../../src/configure/draft.js';
import { emptyForm } from '../../src/configure/fields.js';
import { readPasted } from '../../src/configure/pasted.js';

const choices = contentChoices(content);

/** A Storage of our own: Node has none, and the tests need one that breaks on demand. */
function memoryStorage(failWrites = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

describe('loading what a partner pastes', () => {
  it('reads the JSON, or the JSON inside a pasted snippet', () => {
    expect(readPasted(' {"lang":"en"} ')).toEqual({ ok: true, raw: { lang: 'en' } });
    expect(
      readPasted('<script src="x.js"></script>\n<cyber-risk-check>\n  <script type="application/json">\n{"lang":"ja"}\n  </script>\n</cyber-risk-check>'),
    ).toEqual({ ok: true, raw: { lang: 'ja' } });
  });

  it('says why text is not a configuration', () => {
    expect(readPasted('')).toEqual({ ok: false, detail: 'empty' });
    expect(readPasted('{"lang":')).toMatchObject({ ok: false });
    expect(readPasted('<cyber-risk-check><script type="application/json"></script></cyber-risk-check>')).toEqual({ ok: false, detail: 'empty <script>' });
  });
});

describe('the draft kept in the browser', () => {
  it('comes back as typed, right or wrong', () => {
    const storage = memoryStorage();
    const values = { ...emptyForm(choices), partnerName: 'さくら', email: 'soudan@', seminar: true };
    saveDraft(storage, { values, kept: { channels: [{ type: 'event' }], debug: true } });
    expect(readDraft(storage, emptyForm(choices))).toEqual({ values, kept: { channels: [{ type: 'event' }], debug: true } });
  });

  it('keeps the problems a load found, and never lets kept webhook settings carry an address', () => {
    const storage = memoryStorage();
    const loadProblems = { partnerName: { key: 'wrongType' as const, vars: { value: '42' } } };
    saveDraft(storage, { values: emptyForm(choices), kept: { channels: [], webhook: { url: 'http://x', format: 'json', timeoutMs: 5000 } }, loadProblems });
    expect(readDraft(storage, emptyForm(choices))).toEqual({ values: emptyForm(choices), kept: { channels: [], webhook: { timeoutMs: 5000 } }, loadProblems });
    const damaged = { values: {}, loadProblems: { partnerName: { key: 'boom' }, nothing: { key: 'required' }, email: { key: 'email', vars: { x: {} } } } };
    storage.setItem('cyber-risk-check:configurator', JSON.stringify(damaged));
    expect(readDraft(storage, emptyForm(choices))?.loadProblems).toEqual({ email: { key: 'email' } });
  });

  it('gives empty fields for a damaged draft, and never throws for broken storage', () => {
    const storage = memoryStorage();
    storage.setItem('cyber-risk-check:configurator', '{"values":{"partnerName":42,"seminar":"yes","scenarios":[1],"lang":"en"}}');
    expect(readDraft(storage, emptyForm(choices))).toEqual({ values: { ...emptyForm(choices), lang: 'en' }, kept: { channels: [] } });
    storage.setItem('cyber-risk-check:configurator', '{not json');
    expect(readDraft(storage, emptyForm(choices))).toBeUndefined();
    expect(() => saveDraft(memoryStorage(true), { values: emptyForm(choices), kept: { channels: [] } })).not.toThrow();
    expect(readDraft(undefined, emptyForm(choices))).toBeUndefined();
  });
});
