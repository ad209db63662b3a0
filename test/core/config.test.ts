import { describe, expect, it } from 'vitest';
import { content, contentIds } from '../../src/core/index.js';
import { checkConfig, seminarOf } from '../../src/core/partner/config.js';
import { themeCss } from '../../src/embed/theme.js';

const ids = contentIds(content);

const sound = {
  partner: { id: 'sakura', name: 'さくら保険代理店', privacyPolicyUrl: 'https://agency.example/privacy', contact: { phone: '03-1234-5678' } },
  lang: 'en',
  theme: { primary: '#0b5394', radius: 6 },
  discountScheme: 'risk-assessment-illustrative',
  rateTable: null,
  scenarios: ['ransomware'],
  quote: { channels: [{ type: 'webhook', url: 'https://agency.example/hook' }, { type: 'event' }] },
};

describe('partner configuration', () => {
  it('accepts a sound configuration as it is', () => {
    expect(checkConfig(sound, ids)).toEqual({ config: sound, problems: [] });
  });

  it('drops unknown keys, saying which', () => {
    const { config, problems } = checkConfig({ ...sound, colour: 'red' }, ids);
    expect(config).toEqual(sound);
    expect(problems).toEqual([
      '$.colour: unknown property "colour"; expected one of "$schema", "partner", "lang", "theme", "discountScheme", "rateTable", "coverage", "scenarios", "test", "quote", "seminar", "persist", "starLadder", "debug"',
    ]);
  });

  it('refuses question content by name, keeping the rest', () => {
    const { config, problems } = checkConfig({ ...sound, content: { questions: [{ id: 'x' }] } }, ids);
    expect(config).toEqual(sound);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\$\.content: unknown property "content"/);
  });

  it('falls back to the default for a part of the wrong type', () => {
    const { config, problems } = checkConfig({ ...sound, lang: 'fr', theme: { primary: 'red; background: url(x)' } }, ids);
    expect(config.lang).toBeUndefined();
    expect(config.theme).toBeUndefined();
    expect(config.partner).toEqual(sound.partner);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('$.lang: expected one of "ja", "en", found "fr"');
    expect(problems[1]).toMatch(/^\$\.theme\.primary: "red; background: url\(x\)" does not match the pattern/);
  });

  it('refuses an http webhook but keeps the other channels', () => {
    const { config, problems } = checkConfig({ quote: { channels: [{ type: 'webhook', url: 'http://agency.example/hook' }, { type: 'event' }] } }, ids);
    expect(config.quote!.channels).toEqual([{ type: 'event' }]);
    expect(problems).toEqual(['$.quote.channels[0].url: a webhook must use https (http only to localhost), so "http://agency.example/hook" is not used']);
  });

  it('drops a malformed channel only', () => {
    const { config, problems } = checkConfig({ quote: { channels: [{ type: 'fax', number: '03' }, { type: 'event' }] } }, ids);
    expect(config.quote!.channels).toEqual([{ type: 'event' }]);
    expect(problems[0]).toMatch(/^\$\.quote\.channels\[0\]/);
  });

  it('uses the default scheme when the named one is missing', () => {
    const { config, problems } = checkConfig({ discountScheme: 'gold-plan' }, ids);
    expect(config.discountScheme).toBeUndefined();
    expect(problems).toEqual(['$.discountScheme: unknown discount scheme "gold-plan"; known: chamber-illustrative, risk-assessment-illustrative']);
  });

  it('keeps only known scenarios', () => {
    const { config, problems } = checkConfig({ scenarios: ['ransomware', 'meteor'] }, ids);
    expect(config.scenarios).toEqual(['ransomware']);
    expect(problems[0]).toMatch(/^\$\.scenarios: unknown scenario\(s\) meteor/);
  });

  it('rejects a configuration that is not an object', () => {
    expect(checkConfig('{"lang":"en"}', ids)).toEqual({ config: {}, problems: ['the configuration must be a JSON object'] });
  });

  it('turns the theme into custom properties for the shadow root', () => {
    expect(themeCss({ primary: '#0b5394', primaryContrast: '#fff', radius: 6, fontFamily: '"BIZ UDPGothic", sans-serif' })).toBe(
      ':host { --crc-color-primary: #0b5394; --crc-color-primary-contrast: #fff; --crc-radius: 6px; --crc-font-family: "BIZ UDPGothic", sans-serif; }',
    );
    expect(themeCss(undefined)).toBe('');
  });
});

describe('seminar roles', () => {
  it('reads true as attendees, a role alone, or settings with a role (attendee by default)', () => {
    expect(seminarOf(undefined)).toBeUndefined();
    expect(seminarOf(false)).toBeUndefined();
    expect(seminarOf(true)).toEqual({ role: 'attendee' });
    expect(seminarOf('presenter')).toEqual({ role: 'presenter' });
    expect(seminarOf({ idleResetSeconds: 60 })).toEqual({ idleResetSeconds: 60, role: 'attendee' });
    expect(seminarOf({ role: 'presenter', fullVersionUrl: '/check' })).toEqual({ role: 'presenter', fullVersionUrl: '/check' });
  });

  it('accepts the two roles and refuses any other word', () => {
    expect(checkConfig({ seminar: 'presenter' }, contentIds(content)).problems).toEqual([]);
    expect(checkConfig({ seminar: { role: 'attendee', idleResetSeconds: 30 } }, contentIds(content)).problems).toEqual([]);
    expect(checkConfig({ seminar: 'projector' }, contentIds(content)).config.seminar).toBeUndefined();
  });
});
