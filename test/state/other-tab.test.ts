import { describe, expect, it } from 'vitest';
import { content } from '../../src/core/index.js';
import { changesFromOtherTab } from '../../src/state/other-tab.js';
import { initialState, type WidgetState } from '../../src/state/store.js';

const state = (over: Partial<WidgetState>): WidgetState => ({ ...initialState('ja'), ...over });

describe('another tab’s save', () => {
  it('brings what it changed since this tab last saved, question by question, and keeps this tab’s own', () => {
    const base = state({ answers: { industry: 'retail', employees: 5 } });
    const theirs = state({ answers: { industry: 'wholesale', employees: 5, revenue: 300_000_000 } });
    const ours = state({ answers: { industry: 'retail', employees: 5, updates: 'done' }, step: 'basics' });
    expect(changesFromOtherTab(content, ours, base, theirs)).toEqual({
      answers: { industry: 'wholesale', employees: 5, updates: 'done', revenue: 300_000_000 },
    });
  });

  it('removes what the other tab cleared, and takes a request it sent, so this tab never sends a second', () => {
    const base = state({ answers: { industry: 'retail', employees: 5 } });
    const theirs = state({ answers: { industry: 'retail' }, submission: { status: 'review' } });
    const changes = changesFromOtherTab(content, base, base, theirs)!;
    expect(changes.answers).toEqual({ industry: 'retail' });
    expect(changes.submission).toEqual({ status: 'review' });
  });

  it('changes nothing when the other tab saved what this one has, or something unreadable', () => {
    const ours = state({ answers: { industry: 'retail' } });
    expect(changesFromOtherTab(content, ours, ours, ours)).toBeUndefined();
    expect(changesFromOtherTab(content, ours, ours, undefined)).toBeUndefined();
    // Damaged: an answer no question allows never arrives, and removes nothing here.
    expect(changesFromOtherTab(content, ours, ours, { answers: { industry: 'banking', revenue: -5 } })).toBeUndefined();
    expect(changesFromOtherTab(content, ours, ours, 'junk')).toBeUndefined();
  });
});
