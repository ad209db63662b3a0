import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentChoices } from '../../src/core/content/parts.js';
import { checkConfig } from '../../src/core/partner/config.js';
import { content, contentIds } from '../../src/core/index.js';
import { emptyForm, FIELDS } from '../../src/configure/fields.js';
import { configFromForm, formFromConfig, type KeptSettings } from '../../src/configure/form.js';

const choices = contentChoices(content);
const ids = contentIds(content);

const chamber = {
  partner: {
    id: 'sakura-cci',
    name: 'さくら商工会議所',
    logoUrl: 'https://sakura-cci.example/logo.png',
    privacyPolicyUrl: 'https://sakura-cci.example/privacy',
    contact: { phone: '03-1234-5678', email: 'soudan@sakura-cci.example', url: 'https://sakura-cci.example/', hours: '平日 9:00〜17:00' },
  },
  lang: 'ja',
  theme: { primary: '#0b5d3b', primaryContrast: '#ffffff', radius: 6 },
  discountScheme: ids.discountSchemes[0],
  rateTable: null,
  scenarios: ids.scenarios.slice(0, 3),
  test: true,
  quote: {
    agentLanguage: 'ja',
    channels: [
      { type: 'webhook', url: 'https://script.google.com/macros/s/abc/exec', timeoutMs: 5000 },
      { type: 'mailto', to: 'leads@agency.example', subject: '見積依頼' },
      { type: 'event' },
    ],
    attributionParams: ['utm_campaign', 'ref'],
  },
  seminar: { idleResetSeconds: 90, fullVersionUrl: 'https://sakura-cci.example/check', attendeeUrl: 'https://sakura-cci.example/seminar' },
  persist: 'session',
  starLadder: false,
  debug: true,
};

describe('the configurator form', () => {
  it('reads a whole configuration into its fields and builds the same configuration back', () => {
    const loaded = formFromConfig(chamber, choices);
    expect(loaded.unused).toEqual([]);
    expect(loaded.loadProblems).toEqual({});
    expect(loaded.values.partnerName).toBe('さくら商工会議所');
    expect(loaded.values.webhookUrl).toBe('https://script.google.com/macros/s/abc/exec');
    const built = configFromForm(loaded.values, loaded.kept, choices);
    expect(built.problems).toEqual({});
    expect(built.widgetProblems).toEqual([]);
    expect(built.config).toEqual(chamber);
  });

  it('keeps a wrong value in its field with the reason, and every valid part in the configuration', () => {
    const loaded = formFromConfig(
      {
        partner: { id: 'Sakura CCI', name: 'さくら商工会議所', contact: { email: 'soudan@sakura' } },
        theme: { primary: 'green', surface: '#fff' },
        quote: { channels: [{ type: 'webhook', url: 'http://leads.example/hook' }] },
        discountScheme: 'gold',
        seminar: { idleResetSeconds: 2 },
        colour: 'blue',
        partnerName: 'x',
      },
      choices,
    );
    expect(loaded.unused).toEqual(['$.colour', '$.partnerName']);
    expect(loaded.values.partnerId).toBe('Sakura CCI');
    const built = configFromForm(loaded.values, loaded.kept, choices);
    expect(Object.fromEntries(Object.entries(built.problems).map(([id, problem]) => [id, problem.key]))).toEqual({
      partnerId: 'id',
      email: 'email',
      primary: 'color',
      webhookUrl: 'https',
      discountScheme: 'unknown',
      idleResetSeconds: 'integer',
    });
    // The partner needs its id, so it waits for one; the valid colour stays.
    expect(built.config).toEqual({ theme: { surface: '#fff' }, seminar: true });
    expect(built.widgetProblems).toEqual([]);
  });

  it('says which values had the wrong type, and which input was no configuration at all', () => {
    const loaded = formFromConfig(
      {
        partner: { id: 'a', name: 42 },
        test: 'yes',
        scenarios: 'ransomware',
        seminar: 'yes',
        theme: '#fff',
        debug: 'on',
        quote: {
          attributionParams: 'utm_source',
          channels: [
            { type: 'webhook', url: 'https://a.example', format: 1 },
            { type: 'mailto', to: 'a@b.jp', subject: [] },
          ],
        },
      },
      choices,
    );
    expect(Object.keys(loaded.loadProblems).sort()).toEqual([
      'attributionParams',
      'mailSubject',
      'partnerName',
      'scenarios',
      'seminar',
      'test',
      'webhookFormat',
    ]);
    expect(loaded.unused).toEqual(['$.theme', '$.debug']);
    expect(formFromConfig({ quote: { channels: { type: 'event' } } }, choices).loadProblems.webhookUrl?.key).toBe('wrongType');
    expect(loaded.values.partnerName).toBe('');
    expect(formFromConfig([1, 2], choices).unused).toEqual(['$']);
  });

  it('turns the attribution switch, "no reference premiums" and the seminar switch into their settings', () => {
    const values = {
      ...emptyForm(choices),
      partnerName: '青葉保険',
      partnerId: 'aoba',
      attribution: false,
      rateTable: 'none',
      seminar: true,
      idleResetSeconds: 'x',
    };
    const built = configFromForm(values, { channels: [] }, choices);
    expect(built.config).toEqual({ partner: { name: '青葉保険', id: 'aoba' }, rateTable: null, quote: { attributionParams: [] }, seminar: true });
    expect(built.problems).toEqual({ idleResetSeconds: { key: 'integer', vars: { min: 5, max: 3600 } } });
    // Off, the seminar's settings are not checked and not written.
    expect(configFromForm({ ...values, seminar: false }, { channels: [] }, choices).problems).toEqual({});
  });

  it("asks for the partner's name and id", () => {
    expect(Object.keys(configFromForm(emptyForm(choices), { channels: [] }, choices).problems)).toEqual(['partnerName', 'partnerId']);
  });

  it('asks for a privacy policy once quote requests go somewhere', () => {
    const values = { ...emptyForm(choices), partnerName: '青葉保険', partnerId: 'aoba', mailTo: 'leads@aoba.example' };
    expect(configFromForm(values, { channels: [] }, choices).problems).toEqual({ privacyPolicyUrl: { key: 'privacyNeeded' } });
    expect(configFromForm({ ...values, privacyPolicyUrl: '/privacy' }, { channels: [] }, choices).problems).toEqual({});
  });

  it('refuses a repeated parameter name, which the widget would refuse with every channel', () => {
    const values = { ...emptyForm(choices), partnerName: '青葉保険', partnerId: 'aoba', attributionParams: 'ref, ref' };
    expect(configFromForm(values, { channels: [] }, choices).problems).toEqual({ attributionParams: { key: 'names' } });
  });

  it("keeps a webhook on the partner's own site, and the kept webhook settings never override the form's", () => {
    const values = { ...emptyForm(choices), partnerName: '青葉保険', partnerId: 'aoba', privacyPolicyUrl: '/privacy', webhookUrl: '/wp-json/leads' };
    const built = configFromForm(values, { channels: [], webhook: { url: 'http://old.example', timeoutMs: 5000 } }, choices);
    expect(built.widgetProblems).toEqual([]);
    expect(built.config.quote?.channels).toEqual([{ type: 'webhook', url: '/wp-json/leads', timeoutMs: 5000 }]);
  });

  it('reads and writes the presenter role', () => {
    const loaded = formFromConfig({ seminar: 'presenter' }, choices);
    expect([loaded.values.seminar, loaded.values.seminarRole]).toEqual([true, 'presenter']);
    const values = { ...loaded.values, partnerName: '青葉保険', partnerId: 'aoba' };
    expect(configFromForm(values, loaded.kept, choices).config.seminar).toEqual({ role: 'presenter' });
    expect(formFromConfig({ seminar: { role: 'speaker' } }, choices).loadProblems.seminarRole?.key).toBe('wrongType');
    // Idle settings mean nothing to a presenter's screen: not asked, not checked, not written.
    const idle = { ...values, idleResetSeconds: 'soon' };
    expect(configFromForm(idle, loaded.kept, choices).problems).toEqual({});
    expect(configFromForm({ ...idle, seminarRole: '' }, loaded.kept, choices).problems).toEqual({
      idleResetSeconds: { key: 'integer', vars: { min: 5, max: 3600 } },
    });
  });

  it('asks for at least one loss scenario', () => {
    expect(configFromForm({ ...emptyForm(choices), scenarios: [] }, { channels: [] }, choices).problems.scenarios?.key).toBe('atLeastOne');
  });

  it('builds a configuration the widget accepts from anything typed into any field', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('', 'https://a.example/x', 'http://a.example', '/hook', '#fff', 'rgb(1,2,3)', '12', 'ja', 'none', 'a@b.jp', 'utm_source, ref', 'ref ref'),
    );
    const kept = fc.constantFrom<KeptSettings[]>(
      { channels: [] },
      { channels: [{ type: 'event' }] },
      { channels: [{ type: 'redirect', url: 'https://a.example/form', params: {} }], webhook: { timeoutMs: 5000 } },
    );
    const entry = fc
      .constantFrom(...FIELDS)
      .chain((field) => fc.tuple(fc.constant(field.id), field.kind === 'toggle' ? fc.boolean() : field.kind === 'choices' ? fc.subarray(ids.scenarios) : text));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), kept, (entries, keptSettings) => {
        const built = configFromForm({ ...emptyForm(choices), ...Object.fromEntries(entries) }, keptSettings, choices);
        expect(built.widgetProblems).toEqual([]);
        expect(checkConfig(JSON.parse(JSON.stringify(built.config)), ids, 'https://partner.example/').problems).toEqual([]);
      }),
    );
  });
});
