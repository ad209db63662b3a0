import { describe, expect, it } from 'vitest';
import { buildQuoteRequest, content, EMPTY_QUOTE_FIELDS, schemeById } from '../../src/core/index.js';
import type { NumberQuestion } from '../../src/core/types.js';
import { detachableStorage, snapshotStorage, storageKey } from '../../src/state/persist.js';
import { changesFromOtherTab } from '../../src/state/other-tab.js';
import { createWidgetStore, STATE_VERSION } from '../../src/state/store.js';

/** A Web Storage stand-in; `broken` makes every call throw, as in blocked private modes. */
class FakeStorage implements Storage {
  items = new Map<string, string>();
  broken = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.broken) throw new Error('SecurityError');
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.broken) throw new Error('QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    if (this.broken) throw new Error('SecurityError');
    this.items.delete(k);
  }
}

const key = storageKey('test');
const revenue = content.questions.find((q) => q.id === 'revenue') as NumberQuestion;

function storeOn(storage: Storage) {
  return createWidgetStore({ content, lang: 'ja', storage: snapshotStorage(key, STATE_VERSION, () => storage) });
}

describe('widget store persistence', () => {
  it('restores answers, typed text, step and language in a new store (a reload)', () => {
    const storage = new FakeStorage();
    const first = storeOn(storage);
    first.getState().answer('industry', 'retail');
    first.getState().type(revenue, '5億');
    first.getState().setLang('en');
    first.getState().next();
    first.getState().next();

    const second = storeOn(storage).getState();
    expect(second.answers).toEqual({ industry: 'retail', revenue: 500_000_000 });
    expect(second.drafts).toEqual({ revenue: '5億' });
    expect(second.step).toBe(first.getState().step);
    expect(second.step).not.toBe('intro');
    expect(second.lang).toBe('en');
  });

  it('starts fresh when the saved JSON is corrupt', () => {
    const storage = new FakeStorage();
    storage.setItem(key, '{"version":1,"state":{"answers":');
    const state = storeOn(storage).getState();
    expect(state.answers).toEqual({});
    expect(state.step).toBe('intro');
  });

  it('starts fresh when the snapshot comes from another version', () => {
    const storage = new FakeStorage();
    storage.setItem(key, JSON.stringify({ version: STATE_VERSION + 1, state: { answers: { industry: 'retail' } } }));
    expect(storeOn(storage).getState().answers).toEqual({});
  });

  it('keeps only well-formed answers to known questions from a tampered snapshot', () => {
    const storage = new FakeStorage();
    const state = { lang: 'fr', step: 42, answers: { industry: 'retail', ghost: 'x', employees: { n: 3 } }, drafts: { revenue: 5 } };
    storage.setItem(key, JSON.stringify({ version: STATE_VERSION, state }));
    const restored = storeOn(storage).getState();
    expect(restored.answers).toEqual({ industry: 'retail' });
    expect(restored.drafts).toEqual({});
    expect(restored.lang).toBe('ja');
    expect(restored.step).toBe('intro');
  });

  it('drops saved answers their questions could not have been given: old options, absurd numbers, repeats', () => {
    const storage = new FakeStorage();
    const answers = {
      industry: 'shipbuilding',
      revenue: 1e308,
      employees: -3,
      pcs: 25,
      updates: 'done',
      antivirus: 'maybe',
      dataKinds: ['cards', 'cards'],
      website: 'yes',
    };
    storage.setItem(key, JSON.stringify({ version: STATE_VERSION, state: { lang: 'ja', step: 'results', answers } }));
    expect(storeOn(storage).getState().answers).toEqual({ pcs: 25, updates: 'done', website: 'yes' });
  });

  it('keeps working in memory when storage throws', () => {
    const storage = new FakeStorage();
    storage.broken = true;
    const store = storeOn(storage);
    expect(() => store.getState().answer('industry', 'retail')).not.toThrow();
    expect(store.getState().answers).toEqual({ industry: 'retail' });
  });

  it('keeps working when even reaching storage throws', () => {
    const store = createWidgetStore({
      content,
      lang: 'ja',
      storage: snapshotStorage(key, STATE_VERSION, () => {
        throw new Error('SecurityError');
      }),
    });
    store.getState().answer('industry', 'retail');
    expect(store.getState().answers).toEqual({ industry: 'retail' });
  });

  it('keeps separate answers per instance key', () => {
    const storage = new FakeStorage();
    const a = createWidgetStore({ content, lang: 'ja', storage: snapshotStorage(storageKey('a'), STATE_VERSION, () => storage) });
    const b = createWidgetStore({ content, lang: 'ja', storage: snapshotStorage(storageKey('b'), STATE_VERSION, () => storage) });
    a.getState().answer('industry', 'retail');
    b.getState().answer('industry', 'logistics');
    expect(storeOn(storage).getState().answers).toEqual({}); // the "test" key is untouched
    expect(createWidgetStore({ content, lang: 'ja', storage: snapshotStorage(storageKey('a'), STATE_VERSION, () => storage) }).getState().answers).toEqual({
      industry: 'retail',
    });
  });

  it('reset clears answers and the saved snapshot', () => {
    const storage = new FakeStorage();
    const store = storeOn(storage);
    store.getState().answer('industry', 'retail');
    store.getState().reset();
    expect(store.getState().answers).toEqual({});
    expect(storeOn(storage).getState().answers).toEqual({});
  });

  it('a detached store (a shared link) starts over in memory and leaves the saved answers alone', () => {
    const storage = new FakeStorage();
    storeOn(storage).getState().answer('industry', 'retail');
    const detachable = detachableStorage(snapshotStorage(key, STATE_VERSION, () => storage));
    const store = createWidgetStore({ content, lang: 'ja', storage: detachable });
    expect(store.getState().answers).toEqual({ industry: 'retail' }); // read as usual until detached
    detachable.detach();
    store.getState().reset();
    store.getState().answer('industry', 'logistics');
    expect(store.getState().answers).toEqual({ industry: 'logistics' });
    expect(storeOn(storage).getState().answers).toEqual({ industry: 'retail' });
  });
});

describe('storage that tells the truth', () => {
  it('says when saving fails and when it works again, and keeps trying in between', () => {
    const storage = new FakeStorage();
    const store = storeOn(storage);
    const seen: boolean[] = [];
    store.subscribe((s) => seen.at(-1) !== s.saveFailed && seen.push(s.saveFailed));
    storage.broken = true; // full, for a moment
    store.getState().answer('industry', 'retail');
    expect(store.getState().saveFailed).toBe(true);
    store.getState().answer('revenue', 300_000_000);
    storage.broken = false; // room again
    store.getState().answer('employees', 12);
    expect(store.getState().saveFailed).toBe(false);
    expect(seen).toEqual([true, false]);
    // Nothing typed while it failed is lost: the next save holds everything.
    expect(storeOn(storage).getState().answers).toEqual({ industry: 'retail', revenue: 300_000_000, employees: 12 });
  });

  it('says so when storage cannot even be reached', () => {
    const store = createWidgetStore({
      content,
      lang: 'ja',
      storage: snapshotStorage(key, STATE_VERSION, () => {
        throw new Error('SecurityError');
      }),
    });
    expect(store.getState().saveFailed).toBe(false);
    store.getState().answer('industry', 'retail');
    expect(store.getState().saveFailed).toBe(true);
  });

  it('says when answers saved earlier could not be read back, and only then', () => {
    const storage = new FakeStorage();
    expect(storeOn(storage).getState().restoreFailed).toBe(false); // nothing saved yet
    storeOn(storage).getState().answer('industry', 'retail');
    expect(storeOn(storage).getState().restoreFailed).toBe(false);
    storage.setItem(key, storage.getItem(key)!.slice(0, 20)); // cut short
    expect(storeOn(storage).getState().restoreFailed).toBe(true);
    storage.setItem(key, JSON.stringify({ version: STATE_VERSION + 1, state: {} })); // a later version's
    expect(storeOn(storage).getState().restoreFailed).toBe(true);
  });

  it('does not save that it failed', () => {
    const storage = new FakeStorage();
    const store = storeOn(storage);
    store.getState().answer('industry', 'retail');
    expect(JSON.parse(storage.getItem(key)!).state).not.toHaveProperty('saveFailed');
  });
});

describe('a saved quote request', () => {
  const request = () =>
    buildQuoteRequest({
      content,
      answers: { industry: 'retail', revenue: 300_000_000 },
      fields: { ...EMPTY_QUOTE_FIELDS, companyName: '株式会社テスト', consent: true },
      partner: { id: 'test', name: 'テスト代理店', channels: [] },
      scheme: schemeById(content, undefined)!,
      widgetVersion: '0.1.0',
      idempotencyKey: 'key-12345678',
      now: new Date('2026-12-05T10:00:00Z'),
    });

  it('sent from another tab, shows as sent in this one (which then sends no second lead)', () => {
    const storage = new FakeStorage();
    storeOn(storage)
      .getState()
      .setSubmission({ status: 'sent', request: request(), delivered: ['event'] });
    const theirs = (JSON.parse(storage.getItem(key)!) as { state: unknown }).state;
    const ours = storeOn(new FakeStorage()).getState();
    expect(changesFromOtherTab(content, ours, theirs)?.submission).toMatchObject({ status: 'sent', request: { idempotencyKey: 'key-12345678' } });
  });

  it('survives a reload as sent, exactly as it was written', () => {
    const storage = new FakeStorage();
    const sent = request();
    storeOn(storage)
      .getState()
      .setSubmission({ status: 'sent', request: sent, delivered: ['webhook'] });
    const { submission } = storeOn(storage).getState();
    expect(submission).toEqual({ status: 'sent', request: sent, delivered: ['webhook'] });
  });

  it('caught mid-send stays sending, with the channels it already went through, to be resumed', () => {
    const storage = new FakeStorage();
    const sending = request();
    storeOn(storage)
      .getState()
      .setSubmission({ status: 'sending', request: sending, delivered: ['event', 'mailto'], earlier: '1234-5678' });
    expect(storeOn(storage).getState().submission).toEqual({ status: 'sending', request: sending, delivered: ['event', 'mailto'], earlier: '1234-5678' });
  });

  it('keeps why sending failed, and the confirmation screen, across a reload', () => {
    const storage = new FakeStorage();
    const failed = request();
    storeOn(storage)
      .getState()
      .setSubmission({ status: 'failed', request: failed, delivered: [], failure: { kind: 'unavailable', timedOut: true } });
    expect(storeOn(storage).getState().submission).toEqual({
      status: 'failed',
      request: failed,
      delivered: [],
      failure: { kind: 'unavailable', timedOut: true },
    });
    storeOn(storage).getState().setSubmission({ status: 'review', earlier: '1234-5678' });
    expect(storeOn(storage).getState().submission).toEqual({ status: 'review', earlier: '1234-5678' });
    // A reference that is not one is dropped, not shown.
    const saved = JSON.parse(storage.getItem(key)!) as { state: { submission: { earlier: string } } };
    saved.state.submission.earlier = '<b>1</b>';
    storage.setItem(key, JSON.stringify(saved));
    expect(storeOn(storage).getState().submission).toEqual({ status: 'review' });
  });

  it('is dropped, not half-shown, when the saved copy is partial or edited', () => {
    // The case found by the probe: only an idempotency key; the widget then showed only its header.
    const storage = new FakeStorage();
    const partial = { step: 'quote', answers: { industry: 'retail', revenue: 500_000_000 }, submission: { status: 'sent', request: { idempotencyKey: 'k1' } } };
    storage.setItem(key, JSON.stringify({ version: STATE_VERSION, state: partial }));
    expect(storeOn(storage).getState().submission).toEqual({ status: 'idle' });
    expect(storeOn(storage).getState().answers).toEqual({ industry: 'retail', revenue: 500_000_000 });

    // A whole request, written by the store, then changed in storage.
    storeOn(storage).getState().setSubmission({ status: 'failed', request: request() });
    const saved = JSON.parse(storage.getItem(key)!) as { state: { submission: { request: { contact: { companyName: string } } } } };
    saved.state.submission.request.contact.companyName = '別の会社';
    storage.setItem(key, JSON.stringify(saved));
    expect(storeOn(storage).getState().submission).toEqual({ status: 'idle' });
  });
});

describe('the improvement steps ticked in the results', () => {
  it('survive a reload, keeping only control questions, once each', () => {
    const storage = new FakeStorage();
    storeOn(storage).getState().togglePlanned('mfa');
    storeOn(storage).getState().togglePlanned('backups');
    expect(storeOn(storage).getState().planned).toEqual(['mfa', 'backups']);
    storeOn(storage).getState().togglePlanned('mfa');
    expect(storeOn(storage).getState().planned).toEqual(['backups']);
    const saved = JSON.parse(storage.getItem(key)!) as { state: { planned: unknown } };
    saved.state.planned = ['backups', 'backups', 'industry', 42, 'nope'];
    storage.setItem(key, JSON.stringify(saved));
    expect(storeOn(storage).getState().planned).toEqual(['backups']);
  });

  it('and a quote form saved with a value no field offers drops that value only', () => {
    const storage = new FakeStorage();
    const state = { quote: { companyName: '株式会社テスト', legalForm: 'llc', overseasRegions: ['asia', 'mars'], overseasShare: null, industryCode: '7' } };
    storage.setItem(key, JSON.stringify({ version: STATE_VERSION, state }));
    expect(storeOn(storage).getState().quote).toMatchObject({
      companyName: '株式会社テスト',
      legalForm: '',
      overseasRegions: ['asia'],
      overseasShare: '',
      industryCode: '',
    });
  });
});

describe('what the page brought', () => {
  it('keeps the campaign across a reload and a start-over, which clears only the answers', () => {
    const storage = new FakeStorage();
    const attribution = { page: 'https://agency.example/check', params: { utm_source: 'flyer' } };
    storeOn(storage).getState().setAttribution(attribution);
    const store = storeOn(storage);
    expect(store.getState().attribution).toEqual(attribution);
    store.getState().answer('industry', 'retail');
    store.getState().reset();
    expect(store.getState().answers).toEqual({});
    expect(store.getState().attribution).toEqual(attribution);
  });
});

describe('typing numbers', () => {
  it('keeps what was typed and the last valid value when the text does not parse', () => {
    const store = storeOn(new FakeStorage());
    store.getState().type(revenue, '5億');
    store.getState().type(revenue, '5億x');
    expect(store.getState().drafts.revenue).toBe('5億x');
    expect(store.getState().answers.revenue).toBe(500_000_000);
  });

  it('clears the answer when the field is emptied', () => {
    const store = storeOn(new FakeStorage());
    store.getState().type(revenue, '5億');
    store.getState().type(revenue, '');
    expect(store.getState().answers.revenue).toBeUndefined();
  });
});

describe('moving between steps', () => {
  it('walks forward and back through intro, categories, results and the quote form, never past the ends', () => {
    const store = storeOn(new FakeStorage());
    store.getState().back();
    expect(store.getState().step).toBe('intro');
    const seen = [store.getState().step];
    for (let i = 0; i < 20; i++) {
      store.getState().next();
      if (store.getState().step !== seen.at(-1)) seen.push(store.getState().step);
    }
    expect(seen[0]).toBe('intro');
    expect(seen[1]).toBe('profile');
    expect(seen.at(-1)).toBe('quote');
    expect(seen.at(-2)).toBe('results');
    expect(new Set(seen).size).toBe(seen.length);
  });
});
