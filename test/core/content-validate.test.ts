import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYWORDS } from '../../src/core/content/json-schema.js';
import { formatContentError, validateContent, type ContentFile } from '../../src/core/content/validate.js';
import { loadContentDir, readContentFiles } from '../../scripts/content.js';

const QUESTIONS_DIR = new URL('../../questions', import.meta.url).pathname;

/** A small valid content set; each test breaks one thing in a fresh copy. */
function fixture(): ContentFile[] {
  return [
    {
      file: 'questions/categories.json',
      data: {
        categories: [
          { id: 'profile', kind: 'profile', title: { ja: '会社', en: 'Company' } },
          { id: 'basics', kind: 'controls', title: { ja: '基本', en: 'Basics' } },
        ],
        scales: [
          {
            id: 'ipa',
            options: [
              { id: 'done', points: 4, label: { ja: 'できている', en: 'Done' } },
              { id: 'notDone', points: 0, label: { ja: 'できていない', en: 'Not done' } },
            ],
          },
        ],
      },
    },
    {
      file: 'questions/profile.json',
      data: {
        questions: [
          {
            id: 'webShop',
            category: 'profile',
            type: 'choice',
            text: { ja: 'ネットショップ', en: 'Web shop' },
            options: [
              { id: 'yes', label: { ja: 'はい', en: 'Yes' } },
              { id: 'no', label: { ja: 'いいえ', en: 'No' } },
            ],
          },
        ],
      },
    },
    {
      file: 'questions/controls/basics.json',
      data: {
        questions: [
          {
            id: 'updates',
            category: 'basics',
            type: 'control',
            scale: 'ipa',
            weight: 3,
            text: { ja: '更新', en: 'Updates' },
            help: { why: { ja: '理由', en: 'Why' }, how: { ja: '方法', en: 'How' } },
          },
          {
            id: 'cards',
            category: 'basics',
            type: 'control',
            scale: 'ipa',
            weight: 2,
            text: { ja: 'カード', en: 'Cards' },
            help: { why: { ja: '理由', en: 'Why' }, how: { ja: '方法', en: 'How' } },
            showIf: { question: 'webShop', equals: 'yes' },
          },
        ],
      },
    },
  ];
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests poke into fixtures freely

function fileData(files: ContentFile[], name: string): Json {
  return files.find((f) => f.file === name)!.data as Json;
}

function errorsOf(files: ContentFile[]) {
  const result = validateContent(files);
  if (result.ok) throw new Error('expected the content to be rejected');
  return result.errors;
}

describe('content validation', () => {
  it('accepts the fixture and orders questions by category', () => {
    const result = validateContent(fixture());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.content.questions.map((q) => q.id)).toEqual(['webShop', 'updates', 'cards']);
  });

  it('accepts the shipped question set', () => {
    const result = validateContent(readContentFiles(QUESTIONS_DIR));
    if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
    expect(result.content.questions.length).toBeGreaterThan(0);
  });

  it('rejects a question without id, naming file and path', () => {
    const files = fixture();
    delete fileData(files, 'questions/controls/basics.json').questions[1].id;
    expect(errorsOf(files)).toContainEqual({
      file: 'questions/controls/basics.json',
      path: '$.questions[1]',
      message: 'missing required property "id" of question',
    });
  });

  it('rejects a duplicate id and points at the first definition', () => {
    const files = fixture();
    fileData(files, 'questions/controls/basics.json').questions[1].id = 'updates';
    const [error] = errorsOf(files);
    expect(error).toMatchObject({ file: 'questions/controls/basics.json', path: '$.questions[1].id' });
    expect(error!.message).toBe('duplicate question id "updates"; first defined in questions/controls/basics.json at $.questions[0]');
  });

  it('rejects an unknown category and lists the known ones', () => {
    const files = fixture();
    fileData(files, 'questions/controls/basics.json').questions[0].category = 'basic';
    const [error] = errorsOf(files);
    expect(error).toMatchObject({ file: 'questions/controls/basics.json', path: '$.questions[0].category' });
    expect(error!.message).toBe('unknown category "basic"; expected one of "profile", "basics"');
  });

  it('rejects an inline control option without points', () => {
    const files = fixture();
    const question = fileData(files, 'questions/controls/basics.json').questions[0];
    delete question.scale;
    question.options = [
      { id: 'yes', label: { ja: 'はい', en: 'Yes' } },
      { id: 'no', points: 0, label: { ja: 'いいえ', en: 'No' } },
    ];
    expect(errorsOf(files)).toContainEqual({
      file: 'questions/controls/basics.json',
      path: '$.questions[0].options[0]',
      message: 'missing required property "points" of answer option with points',
    });
  });

  it('rejects a scale used by a control when one of its options has no points', () => {
    const files = fixture();
    delete fileData(files, 'questions/categories.json').scales[0].options[1].points;
    const errors = errorsOf(files);
    expect(errors[0]).toMatchObject({ file: 'questions/categories.json', path: '$.scales[0].options[1].points' });
    expect(errors[0]!.message).toContain('control question "updates" uses this scale');
  });

  it('rejects a condition that names an unknown question', () => {
    const files = fixture();
    fileData(files, 'questions/controls/basics.json').questions[1].showIf = { question: 'webshop', equals: 'yes' };
    expect(errorsOf(files)).toContainEqual({
      file: 'questions/controls/basics.json',
      path: '$.questions[1].showIf.question',
      message: 'condition names unknown question "webshop"',
    });
  });

  it('rejects a condition on a later question, which also rules out cycles', () => {
    const files = fixture();
    const questions = fileData(files, 'questions/controls/basics.json').questions;
    questions[0].showIf = { question: 'cards', equals: 'done' };
    const [error] = errorsOf(files);
    expect(error).toMatchObject({ path: '$.questions[0].showIf.question' });
    expect(error!.message).toContain('conditions can only refer to earlier questions');
  });

  it('rejects a condition on an option the question does not have', () => {
    const files = fixture();
    fileData(files, 'questions/controls/basics.json').questions[1].showIf = { any: [{ question: 'webShop', equals: 'maybe' }] };
    const [error] = errorsOf(files);
    expect(error).toMatchObject({ path: '$.questions[1].showIf.any[0]' });
    expect(error!.message).toBe('question "webShop" has no option "maybe"; its options are "yes", "no"');
  });

  it('rejects a missing translation', () => {
    const files = fixture();
    delete fileData(files, 'questions/controls/basics.json').questions[0].help.how.en;
    expect(errorsOf(files)).toContainEqual({
      file: 'questions/controls/basics.json',
      path: '$.questions[0].help.how',
      message: 'missing required property "en" of localized text (needs ja and en)',
    });
  });

  it('rejects an empty translation', () => {
    const files = fixture();
    fileData(files, 'questions/profile.json').questions[0].text.ja = '';
    expect(errorsOf(files)).toContainEqual({ file: 'questions/profile.json', path: '$.questions[0].text.ja', message: 'must not be empty' });
  });

  it('rejects unknown properties and wrong types with what was expected', () => {
    const files = fixture();
    const question = fileData(files, 'questions/controls/basics.json').questions[0];
    question.wieght = 3;
    question.weight = 'high';
    const errors = errorsOf(files);
    expect(errors).toContainEqual({ file: 'questions/controls/basics.json', path: '$.questions[0].weight', message: 'expected a number, found a text' });
    expect(errors.find((e) => e.path === '$.questions[0].wieght')!.message).toMatch(/^unknown property "wieght"; expected one of .*"weight"/);
  });

  it('formats an error as file, path and message on one line', () => {
    expect(formatContentError({ file: 'questions/a.json', path: '$.questions[2].id', message: 'must not be empty' })).toBe(
      'questions/a.json at $.questions[2].id: must not be empty',
    );
  });

  it('names the file when it is not valid JSON', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'crc-content-'));
    writeFileSync(join(dir, 'broken.json'), '{ "questions": [ }');
    expect(() => readContentFiles(dir, join(dir, '..'))).toThrow(/broken\.json: not valid JSON/);
  });

  it('fails the build (content plugin) with every error, one per line', async () => {
    const { cpSync, mkdtempSync, readFileSync: read, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = join(mkdtempSync(join(tmpdir(), 'crc-build-')), 'questions');
    cpSync(QUESTIONS_DIR, dir, { recursive: true });
    const file = join(dir, 'controls', 'basics.json');
    writeFileSync(file, read(file, 'utf8').replace('"weight": 3', '"weight": "3"'));
    expect(() => loadContentDir(dir)).toThrow(
      /invalid \(1 error\(s\)\):\n {2}- questions\/controls\/basics\.json at \$\.questions\[0\]\.weight: expected a number, found a text/,
    );
  });

  describe('loss scenarios', () => {
    const shipped = () => readContentFiles(QUESTIONS_DIR);
    const personalDataLeak = (files: ContentFile[]): Json => fileData(files, 'questions/loss/personal-data-leak.json').scenarios[0] as Json;

    it('rejects a driver without a source, naming file and path', () => {
      const files = shipped();
      delete personalDataLeak(files).drivers[1].basis;
      expect(errorsOf(files)).toContainEqual(expect.objectContaining({ file: 'questions/loss/personal-data-leak.json', path: '$.scenarios[0].drivers[1]' }));
    });

    it('rejects a source the model does not list', () => {
      const files = shipped();
      personalDataLeak(files).items[0].basis = 'hearsay';
      expect(errorsOf(files)).toContainEqual({
        file: 'questions/loss/personal-data-leak.json',
        path: '$.scenarios[0].items[0].basis',
        message: expect.stringMatching(/^unknown source "hearsay"; the loss model's sources are aig, /),
      });
    });

    it('rejects a driver worked out from one listed after it', () => {
      const files = shipped();
      const scenario = personalDataLeak(files);
      scenario.drivers.push(scenario.drivers.shift());
      expect(errorsOf(files)).toContainEqual({
        file: 'questions/loss/personal-data-leak.json',
        path: '$.scenarios[0].drivers[0].from',
        message: '"records" must be a driver listed before "claimants"',
      });
    });
  });

  describe('discount schemes and rate tables', () => {
    const shipped = () => readContentFiles(QUESTIONS_DIR);
    const scheme = (files: ContentFile[]) => fileData(files, 'questions/discounts/chamber-illustrative.json');

    it('rejects a required control that does not exist, or is not a control', () => {
      const files = shipped();
      scheme(files).security.tiers[3].requireDone = ['mfaa', 'industry'];
      const errors = errorsOf(files);
      expect(errors).toContainEqual({
        file: 'questions/discounts/chamber-illustrative.json',
        path: '$.security.tiers[3].requireDone[0]',
        message: 'unknown question "mfaa"',
      });
      expect(errors).toContainEqual({
        file: 'questions/discounts/chamber-illustrative.json',
        path: '$.security.tiers[3].requireDone[1]',
        message: '"industry" is a choice question; only controls can be required to be done',
      });
    });

    it('rejects tiers out of order, above the cap, or rules on the starting tier', () => {
      const files = shipped();
      const tiers = scheme(files).security.tiers;
      tiers[2].rate = 0.05;
      tiers[4].rate = 0.7;
      tiers[0].minScore = 10;
      const messages = errorsOf(files).map((e) => `${e.path}: ${e.message}`);
      expect(messages).toContain("$.security.tiers[2].rate: tiers go from lowest to highest, but 0.05 is below the previous tier's 0.1");
      expect(messages).toContain('$.security.tiers[4].rate: 0.7 is above the security cap 0.6');
      expect(messages).toContain('$.security.tiers[0]: the first tier is where every company starts, so it cannot have rules');
    });

    it('rejects a condition on an option that does not exist, and an unknown rate table', () => {
      const files = shipped();
      scheme(files).group.when = { question: 'chamberMember', equals: 'member' };
      scheme(files).rateTable = 'nope';
      const messages = errorsOf(files).map((e) => `${e.path}: ${e.message}`);
      expect(messages).toContain('$.group.when: question "chamberMember" has no option "member"; its options are "yes", "no"');
      expect(messages).toContain('$.rateTable: unknown rate table "nope"');
    });

    it('rejects a rate row for an unknown industry or plan, and a rate above 100%', () => {
      const files = shipped();
      const table = fileData(files, 'questions/rates/chamber-examples.json');
      table.rows[0].industry = 'farming';
      table.rows[1].premiums.gold = 1;
      scheme(files).cap = 1.5;
      const errors = errorsOf(files);
      expect(errors).toContainEqual({ file: 'questions/discounts/chamber-illustrative.json', path: '$.cap', message: 'must be at most 1' });
      // The schema error stops cross-file checks; fix it and the rate table's own errors show.
      scheme(files).cap = 0.68;
      const messages = errorsOf(files).map((e) => `${e.file} ${e.path}: ${e.message}`);
      expect(messages).toContain(
        'questions/rates/chamber-examples.json $.rows[0].industry: unknown industry "farming"; expected an option of the industry question',
      );
      expect(messages).toContain('questions/rates/chamber-examples.json $.rows[1].premiums.gold: unknown plan "gold"; the table\'s plans are "basic", "wide"');
    });
  });

  describe('star schemes', () => {
    const shipped = () => readContentFiles(QUESTIONS_DIR);
    const stars = (files: ContentFile[]) => fileData(files, 'questions/stars/security-action.json');

    it('are shipped lowest first: SECURITY ACTION, then the provisional supply-chain scheme', () => {
      const result = validateContent(shipped());
      if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
      expect(result.content.starSchemes!.map((s) => [s.id, s.provisional, s.levels.map((l) => l.stars)])).toEqual([
        ['security-action', false, [1, 2]],
        ['supply-chain', true, [3, 4]],
      ]);
    });

    it('reject a requirement mapped to an unknown question or answer, naming the file and path', () => {
      const files = shipped();
      stars(files).levels[0].requirements[1].met = { question: 'antivirus', equals: 'installed' };
      stars(files).levels[0].requirements[2].met = { question: 'passwordz', equals: 'done' };
      stars(files).levels[0].requirements[3].source.document = 'guide';
      const errors = errorsOf(files);
      expect(errors).toContainEqual({
        file: 'questions/stars/security-action.json',
        path: '$.levels[0].requirements[1].met',
        message: expect.stringContaining('question "antivirus" has no option "installed"'),
      });
      expect(errors).toContainEqual({
        file: 'questions/stars/security-action.json',
        path: '$.levels[0].requirements[2].met.question',
        message: 'condition names unknown question "passwordz"',
      });
      expect(errors).toContainEqual({
        file: 'questions/stars/security-action.json',
        path: '$.levels[0].requirements[3].source.document',
        message: 'unknown document "guide"; the scheme\'s documents are fiveRules, twoStars',
      });
    });

    it('reject levels out of order, a requirement met two ways, and a file that breaks the schema', () => {
      const files = shipped();
      stars(files).levels[1].stars = 1;
      stars(files).levels[1].requirements[0].met = { question: 'updates', equals: 'done' };
      const messages = errorsOf(files).map((e) => `${e.path}: ${e.message}`);
      expect(messages).toContain('$.levels[1].stars: levels go from fewest stars to most, but 1 follows 1');
      expect(messages).toContain('$.levels[1].requirements[0]: a requirement is met either by answers (met) or by the self-check (selfCheck), not both');
      const broken = shipped();
      delete stars(broken).provisional;
      expect(errorsOf(broken).map((e) => `${e.file} ${e.path}`)).toContain('questions/stars/security-action.json $');
    });
  });

  describe('questions only the star ladder asks', () => {
    const shipped = () => readContentFiles(QUESTIONS_DIR);
    const organisation = (files: ContentFile[]) => fileData(files, 'questions/controls/organisation.json');
    const indexOf = (files: ContentFile[], id: string): number => (organisation(files).questions as { id: string }[]).findIndex((q) => q.id === id);

    it('must weigh nothing, stay out of the quick check and be named by a requirement', () => {
      const files = shipped();
      const policy = indexOf(files, 'securityPolicy');
      organisation(files).questions[policy].weight = 2;
      organisation(files).questions[policy].quick = true;
      organisation(files).questions[policy].ipaTopics = ['policy'];
      organisation(files).questions[indexOf(files, 'suppliers')].showIf = { question: 'securityPolicy', equals: 'published' };
      const training = indexOf(files, 'training');
      Object.assign(organisation(files).questions[training], { starsOnly: true, weight: 0 });
      delete organisation(files).questions[training].quick;
      const messages = errorsOf(files).map((e) => `${e.file} ${e.path}: ${e.message}`);
      const at = (i: number) => `questions/controls/organisation.json $.questions[${i}].starsOnly`;
      expect(messages).toContain(`${at(policy)}: a question only the star ladder asks cannot count in the score; its weight is 2, not 0`);
      expect(messages).toContain(`${at(policy)}: a question only the star ladder asks cannot be in the quick check`);
      expect(messages).toContain(`${at(training)}: no star requirement names "training", so it would never be asked`);
      expect(messages).toContain(
        `${at(policy)}: a question only the star ladder asks cannot cover IPA's self-check (ipaTopics): most owners are never asked it`,
      );
      expect(messages).toContain(`${at(policy)}: a question only the star ladder asks cannot decide whether "suppliers" is asked (its showIf)`);
    });
  });

  describe('policy template', () => {
    const shipped = () => readContentFiles(QUESTIONS_DIR);
    const policy = (files: ContentFile[]) => fileData(files, 'questions/policy/basic-policy.json');

    it('is shipped with a measure for each of the five basics', () => {
      const result = validateContent(shipped());
      if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
      const controls = result.content.policyTemplate!.measures.map((m) => m.control);
      expect(controls).toEqual(expect.arrayContaining(['updates', 'antivirus', 'passwords', 'accessControl', 'threatAwareness']));
    });

    it('rejects a measure for an unknown question or a profile question, a repeated one and an unknown clause', () => {
      const files = shipped();
      const data = policy(files);
      data.measures[0].control = 'updatez';
      data.measures[1].control = 'industry';
      data.measures[3].control = data.measures[2].control;
      data.measuresAfter = 'purpose';
      const messages = errorsOf(files).map((e) => `${e.file} ${e.path}: ${e.message}`);
      expect(messages).toContain('questions/policy/basic-policy.json $.measures[0].control: unknown question "updatez"');
      expect(messages).toContain('questions/policy/basic-policy.json $.measures[1].control: question "industry" is a choice question, not a control');
      expect(messages).toContain(`questions/policy/basic-policy.json $.measures[3].control: control "${data.measures[2].control}" has a measure already`);
      expect(messages).toContainEqual(
        expect.stringMatching(/^questions\/policy\/basic-policy\.json \$\.measuresAfter: unknown clause "purpose"; the clauses are management, /),
      );
    });

    it('rejects a template without a closing, and a second template, naming the files', () => {
      const broken = shipped();
      delete policy(broken).closing;
      expect(errorsOf(broken).map((e) => `${e.file} ${e.path}`)).toContain('questions/policy/basic-policy.json $');
      const twice = shipped();
      twice.push({ file: 'questions/policy/other.json', data: structuredClone(policy(twice)) });
      expect(errorsOf(twice).map((e) => `${e.file} ${e.path}: ${e.message}`)).toContain(
        'questions/policy/other.json $: a second policy template; questions/policy/basic-policy.json already defines one',
      );
      const none = shipped().filter((f) => !f.file.startsWith('questions/policy/'));
      expect(errorsOf(none).map((e) => `${e.file} ${e.path}: ${e.message}`)).toEqual([
        'questions/stars/security-action.json $.levels[1].requirements[1].policyDraft: offers the draft policy, but no file in questions/policy/ defines its template',
      ]);
    });
  });

  describe('industry classification', () => {
    const shipped = () => readContentFiles(QUESTIONS_DIR);
    const jsic = (files: ContentFile[]) => fileData(files, 'questions/industries/jsic.json');

    it('is shipped with the 99 JSIC groups, each tied to a self-check industry', () => {
      const result = validateContent(shipped());
      if (!result.ok) throw new Error(result.errors.map(formatContentError).join('\n'));
      const groups = result.content.industries!.divisions.flatMap((d) => d.groups);
      expect(groups).toHaveLength(99);
      expect(groups.map((g) => g.code)).toEqual(Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')));
    });

    it('rejects a repeated code, an unknown industry and a common group that does not exist', () => {
      const files = shipped();
      const data = jsic(files);
      data.divisions[0].groups[1].code = '01';
      data.divisions[3].groups[0].industry = 'farming';
      data.common.push('00');
      const messages = errorsOf(files).map((e) => `${e.file} ${e.path}: ${e.message}`);
      expect(messages).toContain('questions/industries/jsic.json $.divisions[0].groups[1].code: group 01 appears twice');
      expect(messages).toContainEqual(
        expect.stringMatching(
          /^questions\/industries\/jsic\.json \$\.divisions\[3\]\.groups\[0\]\.industry: unknown industry "farming"; the question industry offers: manufacturing, /,
        ),
      );
      expect(messages).toContain(`questions/industries/jsic.json $.common[${data.common.length - 1}]: unknown group 00`);
    });

    it('rejects a second classification, naming both files', () => {
      const files = shipped();
      files.push({ file: 'questions/industries/other.json', data: structuredClone(jsic(files)) });
      expect(errorsOf(files)).toContainEqual({
        file: 'questions/industries/other.json',
        path: '$',
        message: 'a second industry classification; questions/industries/jsic.json already defines one',
      });
    });
  });

  it.each([
    'questions/schema/industries',
    'questions/schema/questions',
    'questions/schema/discount-scheme',
    'questions/schema/rate-table',
    'questions/schema/loss',
    'src/core/quote/quote-request',
    'src/core/partner/partner-config',
  ])('%s.schema.json uses only JSON Schema keywords the built-in checker understands', (name) => {
    const schema = JSON.parse(readFileSync(new URL(`../../${name}.schema.json`, import.meta.url), 'utf8'));
    const unknown: string[] = [];
    const visit = (node: unknown, inProperties: boolean) => {
      if (Array.isArray(node)) {
        node.forEach((n) => visit(n, false));
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (!inProperties && !KEYWORDS.has(key)) unknown.push(key);
        // Children of properties/$defs are names, not keywords; enum/const/examples hold data.
        if (['enum', 'const', 'examples', 'default'].includes(key)) continue;
        visit(value, !inProperties && (key === 'properties' || key === '$defs'));
      }
    };
    visit(schema, false);
    expect(unknown).toEqual([]);
  });

  it('shares one definition of conditions and localized text across the schemas', () => {
    const read = (name: string) =>
      JSON.parse(readFileSync(new URL(`../../questions/schema/${name}.schema.json`, import.meta.url), 'utf8')) as { $defs: Record<string, unknown> };
    const questions = read('questions');
    expect(read('discount-scheme').$defs.condition).toEqual(questions.$defs.condition);
    expect(read('discount-scheme').$defs.localText).toEqual(questions.$defs.localText);
    expect(read('rate-table').$defs.localText).toEqual(questions.$defs.localText);
  });
});
