// The IPA total against IPA's own 自社診断 sheet: 25 items, one question each, at 4 / 2 / 0 / -1
// (done, partly, not done, don't know), summed: 100 at most, -25 at least, never clamped.
// Every expected number below is the sum a user would write on IPA's sheet for the same answers.

import { describe, expect, it } from 'vitest';
import { content, ipaBand, ipaScore } from '../../src/core/index.js';
import type { Answers } from '../../src/core/types.js';

/** IPA's item numbers and the question that answers each. */
const ITEMS: [number, string][] = [
  [1, 'updates'],
  [2, 'antivirus'],
  [3, 'passwords'],
  [4, 'accessControl'],
  [5, 'threatAwareness'],
  [6, 'mailCare'],
  [7, 'mailSending'],
  [8, 'protectedAttachments'],
  [9, 'wifi'],
  [10, 'webSns'],
  [11, 'backups'],
  [12, 'clearDesk'],
  [13, 'takingDataOut'],
  [14, 'screenLock'],
  [15, 'entryControl'],
  [16, 'lockingDevices'],
  [17, 'officeLocking'],
  [18, 'disposal'],
  [19, 'confidentialityRules'],
  [20, 'training'],
  [21, 'personalDevices'],
  [22, 'suppliers'],
  [23, 'cloudSelection'],
  [24, 'incidentResponse'],
  [25, 'writtenRules'],
];
const itemQuestions = ITEMS.map(([, id]) => id);

function answerAll(option: string, overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(itemQuestions.map((id) => [id, option])), ...overrides };
}

const pointsOf = (answers: Answers, topicId: string) => ipaScore(content, answers).topics.find((t) => t.topic.id === topicId)!.points;

describe('IPA total', () => {
  it("answers each of IPA's 25 items with its own question, in IPA's order", () => {
    const { topics } = ipaScore(content, {});
    expect(topics.map((t) => [t.topic.number, ...t.questionIds])).toEqual(ITEMS);
  });

  describe('golden answer sets', () => {
    it('all done → 100, the top band', () => {
      const result = ipaScore(content, answerAll('done'));
      expect(result.score).toBe(100);
      expect(result.band.id).toBe('complete');
      expect(result.unanswered).toEqual([]);
    });

    it('all partly → 50, insufficient', () => {
      expect(ipaScore(content, answerAll('partly')).score).toBe(50);
      expect(ipaScore(content, answerAll('partly')).band.id).toBe('insufficient');
    });

    it('all not done → 0, at risk', () => {
      const result = ipaScore(content, answerAll('notDone'));
      expect(result.score).toBe(0);
      expect(result.band.id).toBe('atRisk');
    });

    it('all "don\'t know" → -25 (not clamped at 0), at risk, each listed to find out', () => {
      const result = ipaScore(content, answerAll('unknown'));
      expect(result.score).toBe(-25);
      expect(result.band.id).toBe('atRisk');
      expect(result.unknown).toHaveLength(25);
    });

    it('a mixed set, added up item by item as on the sheet → 53', () => {
      const answers: Answers = {
        updates: 'done', // 1: 4
        antivirus: 'partly', // 2: 2
        passwords: 'unknown', // 3: -1
        accessControl: 'done', // 4: 4
        threatAwareness: 'notDone', // 5: 0
        mailCare: 'done', // 6: 4
        mailSending: 'done', // 7: 4
        protectedAttachments: 'notDone', // 8: 0
        wifi: 'na', // 9: 4 (does not apply counts as done)
        webSns: 'partly', // 10: 2
        backups: 'done', // 11: 4
        clearDesk: 'partly', // 12: 2
        takingDataOut: 'unknown', // 13: -1
        screenLock: 'done', // 14: 4
        entryControl: 'partly', // 15: 2
        lockingDevices: 'notDone', // 16: 0
        officeLocking: 'done', // 17: 4
        disposal: 'done', // 18: 4
        confidentialityRules: 'unknown', // 19: -1
        training: 'partly', // 20: 2
        personalDevices: 'done', // 21: 4
        suppliers: 'notDone', // 22: 0
        cloudSelection: 'partly', // 23: 2
        // 24 incidentResponse unanswered: 0
        writtenRules: 'done', // 25: 4
      };
      // 1–5: 9; 6–10: 14; 11–15: 11; 16–20: 9; 21–25: 10 → 53.
      const result = ipaScore(content, answers);
      expect(result.score).toBe(53);
      expect(result.band.id).toBe('insufficient');
      expect(result.unknown.sort()).toEqual(['confidentialityRules', 'passwords', 'takingDataOut']);
      expect(result.unanswered).toEqual(['incidentResponse']);
      expect(result.notApplicable).toEqual(['wifi']);
    });

    it('the basics done and everything else "don\'t know" → 20 - 20 = 0', () => {
      const basics = { updates: 'done', antivirus: 'done', passwords: 'done', accessControl: 'done', threatAwareness: 'done' };
      expect(ipaScore(content, answerAll('unknown', basics)).score).toBe(0);
    });

    it('mostly "don\'t know" with two not done → -23', () => {
      expect(ipaScore(content, answerAll('unknown', { backups: 'notDone', training: 'notDone' })).score).toBe(-23);
    });
  });

  describe('the three pairs that used to share one answer now score on their own', () => {
    it.each([
      ['mailSending', 'misdirectedMail', 'protectedAttachments', 'protectedAttachments'],
      ['lockingDevices', 'lockingDevices', 'officeLocking', 'lastPersonLocking'],
      ['confidentialityRules', 'confidentialityRules', 'writtenRules', 'writtenRules'],
    ])('%s (%s) and %s (%s)', (first, firstTopic, second, secondTopic) => {
      for (const [question, topic, other, otherTopic] of [
        [first, firstTopic, second, secondTopic],
        [second, secondTopic, first, firstTopic],
      ] as const) {
        const notDone = answerAll('done', { [question]: 'notDone' });
        expect(ipaScore(content, notDone).score, `${question} not done`).toBe(96);
        expect(pointsOf(notDone, topic)).toBe(0);
        expect(pointsOf(notDone, otherTopic)).toBe(4);
        const unknown = answerAll('done', { [question]: 'unknown', [other]: 'partly' });
        expect(ipaScore(content, unknown).score, `${question} unknown, ${other} partly`).toBe(100 - 5 - 2);
        expect(pointsOf(unknown, topic)).toBe(-1);
        expect(pointsOf(unknown, otherTopic)).toBe(2);
      }
    });
  });

  describe('"does not apply" and unanswered', () => {
    it('counts "does not apply" as done, as the sheet has no such answer: no Wi-Fi, updates not done → 96', () => {
      const result = ipaScore(content, answerAll('done', { wifi: 'na', updates: 'notDone' }));
      const wifi = result.topics.find((t) => t.topic.id === 'wifi')!;
      expect(wifi).toMatchObject({ points: 4, notApplicable: true });
      expect(result.score).toBe(96);
      expect(result.notApplicable).toEqual(['wifi']);
    });

    it('still reaches 100 with items that do not apply', () => {
      expect(ipaScore(content, answerAll('done', { wifi: 'na', personalDevices: 'na' })).score).toBe(100);
    });

    it('adds nothing for an unanswered item, and lists it', () => {
      const answers = answerAll('done');
      delete answers.screenLock;
      const result = ipaScore(content, answers);
      expect(result.score).toBe(96);
      expect(result.unanswered).toEqual(['screenLock']);
      expect(result.topics.find((t) => t.topic.id === 'screenLock')!.points).toBe(0);
    });

    it('gives 0 with nothing answered, and lists all 25', () => {
      const result = ipaScore(content, {});
      expect(result.score).toBe(0);
      expect(result.unanswered).toHaveLength(25);
    });
  });

  it('ignores answers to questions that are not IPA items', () => {
    expect(ipaScore(content, answerAll('done', { mfa: 'notDone', edr: 'notDone', remoteAccess: 'unknown' })).score).toBe(100);
  });

  it.each([
    [100, 'complete'],
    [99, 'gaps'],
    [70, 'gaps'],
    [69, 'insufficient'],
    [50, 'insufficient'],
    [49, 'atRisk'],
    [0, 'atRisk'],
    [-25, 'atRisk'],
  ])("puts %i in IPA's %s band", (score, band) => {
    expect(ipaBand(content, score).id).toBe(band);
  });
});
