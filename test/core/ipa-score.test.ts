// IPA-style totals, hand-computed. IPA scores 25 topics at 4 / 2 / 0 / -1; the shipped set covers
// two topics with one question in two places: mailSending (misdirected mail + protected
// attachments), officeLocking (locking devices + last-person locking) and writtenRules (written
// rules + confidentiality rules). So 22 questions carry the 25 topics.

import { describe, expect, it } from 'vitest';
import { content, ipaBand, ipaScore } from '../../src/core/index.js';
import type { Answers, ControlQuestion } from '../../src/core/types.js';

const ipaQuestions = content.questions.filter((q): q is ControlQuestion => q.type === 'control' && (q.ipaTopics?.length ?? 0) > 0);

function answerAll(option: string, overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(ipaQuestions.map((q) => [q.id, option])), ...overrides };
}

describe('IPA-style total', () => {
  it('is carried by 22 questions over 25 topics', () => {
    expect(ipaQuestions).toHaveLength(22);
    expect(ipaQuestions.reduce((n, q) => n + q.ipaTopics!.length, 0)).toBe(25);
  });

  it('gives 100 and the top band when everything is done', () => {
    const result = ipaScore(content, answerAll('done'));
    expect(result.score).toBe(100);
    expect(result.band.id).toBe('complete');
    expect(result.unanswered).toEqual([]);
  });

  it('gives 0 and the lowest band when nothing is done', () => {
    const result = ipaScore(content, answerAll('notDone'));
    expect(result.score).toBe(0);
    expect(result.band.id).toBe('atRisk');
  });

  it('never goes below 0 when everything is "don\'t know" (25 × -1), and lists each to find out', () => {
    const result = ipaScore(content, answerAll('unknown'));
    expect(result.score).toBe(0);
    expect(result.unknown).toHaveLength(22);
  });

  it('counts a question covering two topics twice: mailSending partly → 100 - 2×2 = 96', () => {
    const result = ipaScore(content, answerAll('done', { mailSending: 'partly' }));
    expect(result.score).toBe(96);
    expect(result.band.id).toBe('gaps');
  });

  it('adds up mixed answers: officeLocking not done (2 topics × 4), updates partly (2), passwords unknown (5) → 100 - 8 - 2 - 5 = 85', () => {
    const result = ipaScore(content, answerAll('done', { officeLocking: 'notDone', updates: 'partly', passwords: 'unknown' }));
    expect(result.score).toBe(85);
    expect(result.unknown).toEqual(['passwords']);
  });

  it('leaves out topics that do not apply and rescales: no Wi-Fi, updates not done → 92 of 96 points → 96', () => {
    // 24 topics count (96 points possible); updates gives 0, the other 23 give 4 each (92).
    const result = ipaScore(content, answerAll('done', { wifi: 'na', updates: 'notDone' }));
    expect(result.topics.find((t) => t.topic.id === 'wifi')!.points).toBeUndefined();
    expect(result.score).toBe(96);
  });

  it('leaves out two topics: no Wi-Fi, no personal devices, antivirus and backups partly → 88 of 92 points → 96', () => {
    // 23 topics count (92 possible); two partly answers lose 2 each: 88 / 92 = 95.65.
    const result = ipaScore(content, answerAll('done', { wifi: 'na', personalDevices: 'na', antivirus: 'partly', backups: 'partly' }));
    expect(result.score).toBe(96);
  });

  const basicsDone = { updates: 'done', antivirus: 'done', passwords: 'done', accessControl: 'done', threatAwareness: 'done' };

  it('scores a small firm with the basics done and the rest partly at 56: insufficient', () => {
    // basics 5 × 4 = 20; employee topics 13 × 2 = 26; organisation: writtenRules not done
    // (2 topics × 0) and the 5 other topics partly (5 × 2 = 10) → 56.
    const result = ipaScore(content, answerAll('partly', { ...basicsDone, writtenRules: 'notDone' }));
    expect(result.score).toBe(56);
    expect(result.band.id).toBe('insufficient');
  });

  it('drops the same firm to 44, at risk, when it does not know its organisational measures', () => {
    // As above, but four organisation topics "don't know" (-1 each) instead of partly (2 each): 56 - 12 = 44.
    const unknowns = { personalDevices: 'unknown', suppliers: 'unknown', cloudSelection: 'unknown', incidentResponse: 'unknown' };
    const result = ipaScore(content, answerAll('partly', { ...basicsDone, writtenRules: 'notDone', ...unknowns }));
    expect(result.score).toBe(44);
    expect(result.band.id).toBe('atRisk');
    expect(result.unknown.sort()).toEqual(Object.keys(unknowns).sort());
  });

  it('counts unanswered questions as not done and lists them', () => {
    const answers = answerAll('done');
    delete answers.screenLock;
    const result = ipaScore(content, answers);
    expect(result.score).toBe(96);
    expect(result.unanswered).toEqual(['screenLock']);
  });

  it('ignores answers to questions that are not IPA topics', () => {
    expect(ipaScore(content, answerAll('done', { mfa: 'notDone', edr: 'notDone' })).score).toBe(100);
  });

  it.each([
    [100, 'complete'],
    [99, 'gaps'],
    [70, 'gaps'],
    [69, 'insufficient'],
    [50, 'insufficient'],
    [49, 'atRisk'],
    [0, 'atRisk'],
  ])('puts %i in the %s band', (score, band) => {
    expect(ipaBand(content, score).id).toBe(band);
  });
});
