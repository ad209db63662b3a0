import { describe, expect, it } from 'vitest';
import { content } from '../../src/core/index.js';
import { changesFromOtherTab } from '../../src/state/other-tab.js';
import { initialState, type WidgetState } from '../../src/state/store.js';

const state = (over: Partial<WidgetState>): WidgetState => ({ ...initialState('ja'), ...over });

describe('another tab’s save', () => {
  it('brings each answer it gave later than this tab, and keeps this tab’s later ones and its step', () => {
    const ours = state({ answers: { industry: 'retail', employees: 5 }, answeredAt: { industry: 100, employees: 300 }, step: 'basics' });
    const theirs = state({
      answers: { industry: 'wholesale', employees: 7, revenue: 300_000_000 },
      answeredAt: { industry: 200, employees: 250, revenue: 210 },
    });
    expect(changesFromOtherTab(content, ours, theirs)).toEqual({
      answers: { industry: 'wholesale', employees: 5, revenue: 300_000_000 },
      drafts: {},
      answeredAt: { industry: 200, employees: 300, revenue: 210 },
    });
  });

  it('changes nothing for an echo of an older save, so two tabs settle instead of swapping values', () => {
    // This tab typed 5 then 50; the other tab saves back the 5 it took in between.
    const ours = state({ answers: { employees: 50 }, answeredAt: { employees: 2_000 } });
    const echo = state({ answers: { employees: 5 }, answeredAt: { employees: 1_000 } });
    expect(changesFromOtherTab(content, ours, echo)).toBeUndefined();
    expect(changesFromOtherTab(content, ours, ours)).toBeUndefined();
  });

  it('clears what the other tab cleared later', () => {
    const ours = state({ answers: { industry: 'retail', employees: 5 }, answeredAt: { industry: 1, employees: 1 } });
    const theirs = state({ answers: { industry: 'retail' }, answeredAt: { industry: 1, employees: 9 } });
    expect(changesFromOtherTab(content, ours, theirs)!.answers).toEqual({ industry: 'retail' });
  });

  it('takes nothing damaged or unreadable', () => {
    const ours = state({ answers: { industry: 'retail' }, answeredAt: { industry: 1 } });
    expect(changesFromOtherTab(content, ours, { answers: { industry: 'banking', revenue: -5 }, answeredAt: { industry: 9, revenue: 9 } })).toBeUndefined();
    expect(changesFromOtherTab(content, ours, 'junk')).toBeUndefined();
    expect(changesFromOtherTab(content, ours, undefined)).toBeUndefined();
  });
});
