// The results step and its what-if changes, timed in headless Chromium at 4x CPU throttling, each
// as a ratio to a question step timed in the same load: so the figures read the same on a fast
// machine and a slow one. A company like the 3億 retailer of issue #27 goes through every step by
// the real Next button; times run from the click until the frame that shows the change has been
// painted. Figures are printed, never asserted.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, median, root, serve } from './bench-harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const WHAT_IFS = Number(process.env.BENCH_WHAT_IFS ?? 6);

/** Every question answered as the retailer would, its controls a mix of done, partly, not done and unknown. */
function retailerAnswers(content) {
  const profile = {
    industry: 'retail',
    revenue: 300_000_000,
    employees: 30,
    pcs: 25,
    servers: 1,
    records: 20_000,
    dataKinds: ['contacts', 'cards'],
    website: 'yes',
    webShop: 'yes',
    onlineCards: 'yes',
    controlSystems: 'no',
    itServices: 'no',
    overseas: 'no',
    chamberMember: 'yes',
  };
  const mix = ['done', 'partly', 'done', 'notDone', 'unknown'];
  const controls = content.questions.filter((q) => q.type === 'control').map((q, i) => [q.id, mix[i % mix.length]]);
  return { ...profile, ...Object.fromEntries(controls) };
}

function writePage(dir, answers) {
  const saved = JSON.stringify({ version: 1, state: { lang: 'ja', step: 'profile', answers, drafts: {} } });
  writeFileSync(
    join(dir, 'results.html'),
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>results bench</title>
<script>localStorage.setItem('cyber-risk-check:bench', ${JSON.stringify(saved)});</script><script type="module" src="/dist/cyber-risk-check.js"></script></head>
<body><cyber-risk-check id="bench"></cyber-risk-check></body></html>`,
  );
}

/**
 * In the page from its first moment: when each interaction began (its first trusted input event)
 * and, from the Event Timing API, how long until the next frame was painted after it: the
 * browser's own measure, as behind Interaction to Next Paint.
 */
function watchInteractions() {
  window.__interactions = { started: [], painted: [] };
  for (const type of ['pointerdown', 'keydown'])
    addEventListener(type, (event) => event.isTrusted && window.__interactions.started.push(event.timeStamp), { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.interactionId) window.__interactions.painted.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/**
 * In the page, before an interaction: resolves with the time of the first frame painted in which
 * `ready` (a function's source, given the shadow root) holds; a timer set in a frame runs once
 * that frame is painted.
 */
function whenShown(ready) {
  const root = document.querySelector('cyber-risk-check').shadowRoot;
  const holds = eval(ready);
  const baseline = holds.prepare?.(root);
  window.__shown = new Promise((resolve) => {
    const check = () => {
      if (holds(root, baseline)) setTimeout(() => resolve(performance.now()));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/**
 * Times one interaction done with real input (`act`): until the next frame (Event Timing; under
 * its 16 ms threshold it reports nothing, and 16 is counted) and until `ready` is shown.
 */
async function interaction(page, act, ready) {
  const before = await page.evaluate(() => window.__interactions.painted.length);
  await page.evaluate(whenShown, ready);
  const startedBefore = await page.evaluate(() => window.__interactions.started.length);
  await act();
  const shownAt = await page.evaluate(() => window.__shown);
  const start = await page.evaluate((i) => window.__interactions.started[i], startedBefore);
  // Event Timing reports an entry after the frame it waited for; a quick one reports none.
  const painted = await page
    .waitForFunction((n) => window.__interactions.painted.length > n && window.__interactions.painted.slice(n), before, { timeout: 1000 })
    .then((handle) => handle.jsonValue())
    .catch(() => []);
  const next = Math.max(16, ...painted.filter((e) => e.start >= start - 1).map((e) => e.duration));
  return { next, shown: Math.max(next, shownAt - start) };
}

/** The shadow root's step is `step`'s next, with its heading, or the results with the verdict. */
const stepAfter = (from) =>
  `(root) => { const step = root.querySelector('.crc').dataset.step; return step !== ${JSON.stringify(from)} && !!(step === 'results' ? root.querySelector('.verdict') : root.querySelector('#step-heading')); }`;

/** The text at `selector` differs from what it was before the interaction. */
const changed = (selector) => `Object.assign((root, before) => root.querySelector(${JSON.stringify(selector)})?.textContent !== before, {
  prepare: (root) => root.querySelector(${JSON.stringify(selector)})?.textContent,
})`;

/** One load: every question step by Next, the results, then what-if changes with every detail open. */
async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(watchInteractions);
  await page.goto(url);
  const widget = page.locator('cyber-risk-check');
  const next = widget.locator('.step-nav .primary');
  await next.waitFor();
  // The results' code and content are prefetched once the first screen is up: as for an owner,
  // who takes minutes over the questions, they are there before the last Next.
  await page.waitForLoadState('networkidle');
  const steps = [];
  let results;
  for (;;) {
    const from = await next.evaluate((button) => button.closest('.crc').dataset.step);
    // As an owner's would, the click comes once the page is idle (the step's last questions drawn).
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
    const time = await interaction(page, () => next.click(), stepAfter(from));
    if ((await widget.evaluate((host) => host.shadowRoot.querySelector('.crc').dataset.step)) === 'results') {
      results = time;
      break;
    }
    steps.push(time);
    await next.waitFor();
  }
  // What-if changes with every detail open, as the issue found them slowest.
  // A detail's content is drawn when first opened, so the details inside it appear only then.
  for (;;) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelector('cyber-risk-check').shadowRoot.querySelectorAll('details:not([open])')];
      for (const details of closed) details.open = true;
      return closed.length;
    });
    if (opened === 0) break;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  }
  await page.waitForLoadState('networkidle');
  const whatIf = async (act, ready) => {
    const times = [];
    for (let i = 0; i < WHAT_IFS; i++) {
      // Each change starts once the page is idle again, as a person's next change would.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
      times.push(await interaction(page, () => act(i), ready));
    }
    return { next: median(times.map((t) => t.next)), shown: median(times.map((t) => t.shown)) };
  };
  const box = widget.locator('.plan-list .plan-step').first();
  const planTick = await whatIf(() => box.click(), changed('.what-if-result'));
  const field = widget.locator('.scenario .assumptions input[type="text"]').first();
  const scenario = await field.evaluate((input) => input.closest('.scenario').dataset.scenario);
  await field.focus();
  await page.keyboard.press('End');
  const assumption = await whatIf((i) => page.keyboard.press(i % 2 ? 'Backspace' : '5'), changed(`[data-scenario="${scenario}"] .loss-likely`));
  const select = widget.locator('.loss select').first();
  await select.focus();
  const cover = await whatIf((i) => page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown'), changed('.scenario .cover-result'));
  await context.close();
  return {
    step: median(steps.map((t) => t.shown)),
    steps: steps.length,
    results: results.shown,
    resultsNext: results.next,
    planTick: planTick.next,
    planTickShown: planTick.shown,
    assumption: assumption.next,
    assumptionShown: assumption.shown,
    cover: cover.next,
    coverShown: cover.shown,
  };
}

export async function benchResults() {
  const { content } = await import(join(root, 'dist/core.js'));
  const dir = mkdtempSync(join(tmpdir(), 'crc-bench-results-'));
  writePage(dir, retailerAnswers(content));
  const server = await serve(dir);
  const browser = await launchChromium();
  const url = `http://127.0.0.1:${server.address().port}/bench/results.html`;
  const runs = [];
  try {
    await measure(browser, url); // unmeasured: the browser warms up
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, url));
  } finally {
    await browser.close();
    server.close();
  }
  const of = (metric) => median(runs.map((r) => r[metric]));
  const step = of('step');
  const ms = (n) => `${n.toFixed(0)} ms`.padStart(8);
  const row = (label, metric) => {
    const ratios = runs.map((r) => r[metric] / r.step).sort((a, b) => a - b);
    const range = `${ratios[0].toFixed(1)}–${ratios[ratios.length - 1].toFixed(1)}`;
    console.log(`${label.padEnd(52)} ${ms(of(metric))} ${(of(metric) / step).toFixed(1).padStart(7)}× ${range.padStart(11)}`);
  };
  console.log(`\nResults and what-ifs, Chromium with 4x CPU throttling, 1280×900, median of ${RUNS} loads (${WHAT_IFS} changes each)`);
  console.log(`${'click → frame painted'.padEnd(52)} ${'time'.padStart(8)} ${'÷ step'.padStart(8)} ${'per load'.padStart(11)}`);
  row(`Next → next question step (median of ${runs[0].steps})`, 'step');
  row('last Next → next frame', 'resultsNext');
  row('         → results with the decision shown', 'results');
  console.log('what-ifs, with every detail open:');
  row('  tick a plan step → next frame', 'planTick');
  row('                   → the new discount shown', 'planTickShown');
  row('  type an assumption → next frame', 'assumption');
  row('                      → the new loss shown', 'assumptionShown');
  row('  choose another plan → next frame', 'cover');
  row('                       → what it pays shown', 'coverShown');
  console.log('(÷ step: the time as a multiple of a question step in the same load; per load: lowest–highest)');
  console.log('');
  return runs;
}
