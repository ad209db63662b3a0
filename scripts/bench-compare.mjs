// Side by side: the same questionnaire in this widget and in SurveyJS (survey-core + survey-js-ui,
// its default theme), each served on 127.0.0.1 and loaded in headless Chromium with 4x CPU
// throttling. Prints initial bytes, the time until the first question is shown and until it is
// interactive, and click latency; and, to read those times by, the time a page with one radio
// button and nothing else takes, and the time static copies of our first screen (its DOM and
// styles, no script) take. Times are taken inside the page, from navigation start, so the
// harness's own round trips do not count. Figures are printed, never asserted.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, median, root, serve } from './bench-harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 20);

/** Our question set as a SurveyJS model: one page per category, in Japanese. */
function surveyModel(content) {
  const optionsOf = (q) => q.options ?? content.scales[q.scale]?.options.filter((o) => o.id !== 'na') ?? [];
  const element = (q) => {
    if (q.type === 'number' || q.type === 'amount') return { type: 'text', name: q.id, title: q.text.ja };
    return {
      type: q.type === 'multi' ? 'checkbox' : 'radiogroup',
      name: q.id,
      title: q.text.ja,
      choices: optionsOf(q).map((o) => ({ value: o.id, text: o.label.ja })),
    };
  };
  return {
    locale: 'ja',
    pages: content.categories.map((c) => ({ name: c.id, title: c.title.ja, elements: content.questions.filter((q) => q.category === c.id).map(element) })),
  };
}

function pages(dir, content) {
  writeFileSync(
    join(dir, 'surveyjs.html'),
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>SurveyJS</title>
<link rel="stylesheet" href="/node_modules/survey-core/survey-core.min.css">
<script src="/node_modules/survey-core/survey.core.min.js"></script>
<script src="/node_modules/survey-js-ui/survey-js-ui.min.js"></script></head>
<body><div id="survey"></div><script src="/bench/surveyjs-start.js"></script></body></html>`,
  );
  writeFileSync(join(dir, 'surveyjs-start.js'), `new Survey.Model(${JSON.stringify(surveyModel(content))}).render(document.getElementById('survey'));`);
  // Our widget resumes at the same first question: the profile step, as after pressing Start. The
  // saved state is set inline: scaffolding, not the widget, so it costs no request.
  const resume = JSON.stringify({ version: 1, state: { lang: 'ja', step: 'profile', answers: {}, drafts: {} } });
  writeFileSync(
    join(dir, 'widget.html'),
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>cyber-risk-check</title>
<script>localStorage.setItem('cyber-risk-check:bench', ${JSON.stringify(resume)});</script><script type="module" src="/dist/cyber-risk-check.js"></script></head>
<body><cyber-risk-check id="bench"></cyber-risk-check></body></html>`,
  );
  // What any page pays before its own scripts: navigation, parsing, the first layout and paint of
  // Japanese text. Both widgets' times include it.
  writeFileSync(
    join(dir, 'floor.html'),
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>floor</title></head>
<body><label><input type="radio" name="industry"> 製造業</label></body></html>`,
  );
}

/**
 * Our first screen frozen as plain HTML: the widget's shadow DOM and stylesheets written into a
 * declarative shadow root, with no script. How long such a page takes is what the DOM and styles
 * cost alone. Two copies: the first frame that holds the first question (what "shown" shows), and
 * the whole first step (what SurveyJS draws in its first frame).
 */
async function writeStaticCopies(browser, url, dir) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__snapshot = () => {
      const root = document.querySelector('cyber-risk-check').shadowRoot;
      const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      return { html: root.innerHTML, css };
    };
    const check = () => {
      if (document.querySelector('cyber-risk-check')?.shadowRoot?.querySelector('input[type="radio"]')) window.__firstFrame = window.__snapshot();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(url);
  // A long step is drawn question by question, its buttons last.
  await page.waitForFunction(() => document.querySelector('cyber-risk-check').shadowRoot?.querySelector('.step-nav'));
  const copies = { 'first-frame.html': await page.evaluate(() => window.__firstFrame), 'static.html': await page.evaluate(() => window.__snapshot()) };
  await page.close();
  for (const [file, { html, css }] of Object.entries(copies)) {
    writeFileSync(
      join(dir, file),
      `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>static copy</title></head>
<body><cyber-risk-check><template shadowrootmode="open"><style>${css}</style>${html}</template></cyber-risk-check></body></html>`,
    );
  }
}

/** In the page: the first radio of the first question, looking into the widget's shadow root. */
const FIRST_RADIO = `(() => {
  const host = document.querySelector('cyber-risk-check');
  const root = host ? host.shadowRoot : document;
  return root && root.querySelector('input[type="radio"]:not([disabled])');
})()`;

/**
 * Runs in the page from its first moment, so no harness round trip counts. Notes when the first
 * frame that holds the first question has been drawn: it is looked for in every frame's animation
 * callback, and a timer set there runs soon after that frame's layout and paint (after tasks
 * already queued, before any work the page itself sets off from the same frame). Also notes every
 * long task (over 50 ms: a click made during one waits for it).
 */
function watchFirstQuestion(expression) {
  window.__bench = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__bench.longTasks.push({ start: task.startTime, end: task.startTime + task.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (!eval(expression)) return requestAnimationFrame(check);
    setTimeout(() => {
      window.__bench.shown = performance.now();
      console.debug('crc-bench:shown'); // tells the harness, which keeps out of the page until then
    });
  };
  requestAnimationFrame(check);
}

/**
 * Interactive: the first question is shown and the page has stopped its start-up work, that is
 * the end of the long tasks that follow each other (less than 50 ms apart) from the moment it shows.
 */
function interactiveAt(shown, longTasks) {
  let end = shown;
  for (const task of [...longTasks].sort((a, b) => a.start - b.start)) if (task.start <= end + 50 && task.end > end) end = task.end;
  return end;
}

/** Times a load; `clicks` also times clicks on an answer (only the two widgets' are compared). */
async function measure(browser, url, { clicks: clickCount = 0 } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const bytes = { raw: 0, gzip: 0 };
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    try {
      const body = await response.body();
      bytes.raw += body.length;
      bytes.gzip += gzipSync(body, { level: 9 }).length;
    } catch {
      /* a failed request counts nothing */
    }
  });
  await page.addInitScript(watchFirstQuestion, FIRST_RADIO);
  // Waiting through the page's console, not by polling it: Playwright's first evaluation in a page
  // runs its own large script there (a 140-200 ms task at 4x), which could fall inside the times
  // measured. A trace caught it just before the first question's frame.
  const shownSignal = page.waitForEvent('console', { predicate: (message) => message.text() === 'crc-bench:shown' });
  await page.goto(url);
  await shownSignal;
  // What the page had downloaded by then; later prefetches (help texts, results) do not count.
  const initial = { ...bytes };
  await page.waitForTimeout(1000); // long enough for the start-up work to end and be reported
  const { shown, longTasks } = await page.evaluate(() => window.__bench);
  // Click latency: from a click on an answer until the next frame is ready to paint.
  const clicks = [];
  for (let i = 0; i < clickCount; i++) {
    clicks.push(
      await page.evaluate(
        ([expression, index]) =>
          new Promise((resolve) => {
            const first = eval(expression);
            const group = [...first.getRootNode().querySelectorAll(`input[name="${first.name}"]`)];
            const target = group[index % group.length];
            const start = performance.now();
            target.click();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
          }),
        [FIRST_RADIO, i + 1],
      ),
    );
  }
  await context.close();
  return { bytes: initial, shown, interactive: interactiveAt(shown, longTasks), click: clicks.length ? median(clicks) : NaN };
}

export async function compareWithSurveyJs() {
  const { content } = await import(join(root, 'dist/core.js'));
  const dir = mkdtempSync(join(tmpdir(), 'crc-bench-'));
  pages(dir, content);
  const server = await serve(dir);
  const base = `http://127.0.0.1:${server.address().port}/bench/`;
  const browser = await launchChromium();
  const results = {};
  // Pages take turns, after one unmeasured load each, so a slow spell of this machine or a
  // browser warming up does not fall on one of them only.
  const pageList = [
    ['cyber-risk-check', 'widget.html', CLICKS],
    ['SurveyJS', 'surveyjs.html', CLICKS],
    ['floor', 'floor.html', 0],
    ['first frame', 'first-frame.html', 0],
    ['static', 'static.html', 0],
  ];
  const runs = Object.fromEntries(pageList.map(([name]) => [name, []]));
  try {
    await writeStaticCopies(browser, base + 'widget.html', dir);
    for (const [, page] of pageList) await measure(browser, base + page);
    for (let i = 0; i < RUNS; i++) for (const [name, page, clicks] of pageList) runs[name].push(await measure(browser, base + page, { clicks }));
    for (const [name, measured] of Object.entries(runs)) {
      results[name] = {
        raw: median(measured.map((r) => r.bytes.raw)),
        gzip: median(measured.map((r) => r.bytes.gzip)),
        shown: median(measured.map((r) => r.shown)),
        interactive: median(measured.map((r) => r.interactive)),
        click: median(measured.map((r) => r.click)),
      };
    }
  } finally {
    await browser.close();
    server.close();
  }
  // The same ratio for each turn alone: loads in one turn met the same machine, so the range of
  // these shows how far the noise reaches, next to the ratio of the medians.
  const turnRange = (metric, a, b, less = () => 0) => {
    const ratios = runs[a].map((load, i) => (load[metric] - less(i)) / (runs[b][i][metric] - less(i))).sort((x, y) => x - y);
    return `${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)}`;
  };
  const ours = results['cyber-risk-check'];
  const theirs = results.SurveyJS;
  const floor = results.floor.interactive;
  const frozen = results.static.interactive;
  const firstFrame = results['first frame'].interactive;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n) => `${n.toFixed(0)} ms`;
  const ratio = (a, b) => (a / b).toFixed(2);
  const floorOf = (i) => runs.floor[i].interactive;
  const rows = [
    ['initial JS+CSS, raw', kb(ours.raw), kb(theirs.raw), ratio(ours.raw, theirs.raw), ''],
    ['initial JS+CSS, gzip', kb(ours.gzip), kb(theirs.gzip), ratio(ours.gzip, theirs.gzip), ''],
    [
      'navigation → first question shown',
      ms(ours.shown),
      ms(theirs.shown),
      ratio(ours.shown, theirs.shown),
      turnRange('shown', 'cyber-risk-check', 'SurveyJS'),
    ],
    [
      'navigation → first question interactive',
      ms(ours.interactive),
      ms(theirs.interactive),
      ratio(ours.interactive, theirs.interactive),
      turnRange('interactive', 'cyber-risk-check', 'SurveyJS'),
    ],
    [
      '  the same, above a one-radio page (' + ms(floor) + ')',
      ms(ours.interactive - floor),
      ms(theirs.interactive - floor),
      ratio(ours.interactive - floor, theirs.interactive - floor),
      turnRange('interactive', 'cyber-risk-check', 'SurveyJS', floorOf),
    ],
    [
      '  our first frame as static HTML, no script',
      ms(firstFrame),
      ms(theirs.interactive),
      ratio(firstFrame, theirs.interactive),
      turnRange('interactive', 'first frame', 'SurveyJS'),
    ],
    [
      '  our whole first step as static HTML, no script',
      ms(frozen),
      ms(theirs.interactive),
      ratio(frozen, theirs.interactive),
      turnRange('interactive', 'static', 'SurveyJS'),
    ],
    ['click on an answer → next frame (median)', ms(ours.click), ms(theirs.click), ratio(ours.click, theirs.click), ''],
  ];
  console.log(`\nSame questionnaire, Chromium with 4x CPU throttling, median of ${RUNS} loads and ${CLICKS} clicks each`);
  console.log(`${'metric'.padEnd(50)} ${'this widget'.padStart(12)} ${'SurveyJS'.padStart(12)} ${'ratio'.padStart(7)} ${'per turn'.padStart(11)}`);
  for (const [label, a, b, ratio, turns] of rows)
    console.log(`${label.padEnd(50)} ${a.padStart(12)} ${b.padStart(12)} ${ratio.padStart(7)} ${turns.padStart(11)}`);
  console.log('(per turn: the lowest and highest ratio of one load each, taken in the same turn)');
  console.log('');
  return results;
}
