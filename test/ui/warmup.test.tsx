// On the last question step the decision is worked out when the page is idle, so that the last
// Next only draws the results. The idle time is the test's to give: requestIdleCallback is held.

import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { content, stepsFor, RESULTS_STEP } from '../../src/core/index.js';
import type { Answers, ControlQuestion } from '../../src/core/types.js';
import type * as Decision from '../../src/core/decision.js';
import { renderWidget } from './render.js';
import { webShopRetailer } from '../profiles.js';

const decisions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/decision.js', async (original) => {
  const real = await original<typeof Decision>();
  return { ...real, decisionFor: (...args: Parameters<typeof real.decisionFor>) => (decisions.count++, real.decisionFor(...args)) };
});

const idle: (() => void)[] = [];
beforeEach(() => {
  decisions.count = 0;
  idle.length = 0;
  vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
  vi.stubGlobal('cancelIdleCallback', () => {});
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const answers: Answers = {
  ...webShopRetailer,
  ...Object.fromEntries(content.questions.filter((q): q is ControlQuestion => q.type === 'control').map((q) => [q.id, 'partly'])),
};

function onLastQuestions() {
  const view = renderWidget();
  for (const [id, value] of Object.entries(answers)) view.store.getState().answer(id, value);
  const steps = stepsFor(content, answers);
  view.store.getState().goTo(steps[steps.findIndex((s) => s.id === RESULTS_STEP) - 1]!.id);
  return view;
}

describe('the results worked out ahead', () => {
  it('works out the decision when idle on the last question step, and the last Next reuses it', async () => {
    onLastQuestions();
    await waitFor(() => expect(idle.length).toBeGreaterThan(0));
    expect(decisions.count).toBe(0); // nothing before the page is idle
    for (const work of idle.splice(0)) work();
    expect(decisions.count).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: '結果を見る' }));
    await screen.findByText((_, element) => element?.classList.contains('verdict') ?? false);
    expect(decisions.count).toBe(1);
  });

  it('works it out again when an answer changes after, and only once', async () => {
    const { store } = onLastQuestions();
    await waitFor(() => expect(idle.length).toBeGreaterThan(0));
    for (const work of idle.splice(0)) work();
    store.getState().answer('offlineBackup', 'done');
    await waitFor(() => expect(idle.length).toBeGreaterThan(0));
    for (const work of idle.splice(0)) work();
    expect(decisions.count).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: '結果を見る' }));
    await screen.findByText((_, element) => element?.classList.contains('verdict') ?? false);
    expect(decisions.count).toBe(2);
  });
});
