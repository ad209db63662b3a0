// The pictures in docs/導入ガイド.md, taken from the real build: dist/configure.html opened from the
// folder, as a chamber's staff would, in headless Chromium:
//   npm run guide-pictures   (builds first)
// A local receiver stands in for the Sheet, so the test send has something to answer.

import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// GUIDE_PNG=dir writes PNG copies there instead, to look at them (some viewers read no JPEG).
const pngDir = process.env.GUIDE_PNG;
const out = (name) => (pngDir ? `${pngDir}/${name}.png` : `${root}docs/images/${name}.jpg`);

const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'application/json' }).end('{"ok":true}'));
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const hook = `http://127.0.0.1:${receiver.address().port}/exec`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const shoot = async (page, name) => page.screenshot({ path: out(name), ...(pngDir ? { type: 'png' } : { type: 'jpeg', quality: 80 }) });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`file://${root}dist/configure.html`);
  const field = (name) => page.getByRole('textbox', { name, exact: typeof name === 'string' });
  await field(/^団体・会社名/).fill('さくら商工会議所');
  await field(/^識別用ID/).fill('sakura-cci');
  await field('お問い合わせ電話番号').fill('03-1234-5678');
  await field('電話の受付時間').fill('平日 9:00〜17:00');
  await field('プライバシーポリシーのURL').fill('https://sakura-cci.example/privacy');
  await page.locator('.frame').getByText('さくら商工会議所').waitFor();
  await shoot(page, 'guide-1-form');

  await field('メインの色').fill('#f2a900');
  await page.locator('.contrast.fails').waitFor();
  await page.locator('#group-design').scrollIntoViewIfNeeded();
  await shoot(page, 'guide-2-colours');
  await page.getByRole('button', { name: /^メインの色を #[0-9a-f]{6} にする$/ }).click();
  // The preview is drawn again after a pause in typing: wait for the new colour.
  const chosen = await field('メインの色').inputValue();
  await page.waitForFunction((color) => {
    const host = document.querySelector('.frame > div:last-child');
    return host && getComputedStyle(host).getPropertyValue('--crc-color-primary').trim() === color;
  }, chosen);

  await field(/^受け取り先のURL/).fill(hook);
  await field(/^見積依頼をメールで受け取る/).fill('soudan@sakura-cci.example');
  await page.getByRole('button', { name: 'テスト送信する' }).click();
  await page.locator('.outcome.confirmed').waitFor();
  await page.locator('#group-delivery').scrollIntoViewIfNeeded();
  await shoot(page, 'guide-3-test-send');

  await page.locator('#outputs-title').scrollIntoViewIfNeeded();
  await shoot(page, 'guide-4-code');
  await page.close();
} finally {
  await browser.close();
  receiver.close();
}
console.log(`${pngDir ?? 'docs/images'}/guide-* written`);
