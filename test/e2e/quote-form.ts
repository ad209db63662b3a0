// The quote form as an owner reaches and fills it: a construction company's check, then the form.

import type { Page } from 'playwright-core';
import { answerThroughApi } from './browser.js';

export async function openQuoteForm(page: Page, url: string) {
  await page.goto(url);
  await page.locator('cyber-risk-check').getByRole('heading', { level: 2 }).waitFor();
  await answerThroughApi(
    page,
    { industry: 'construction', revenue: 500_000_000, employees: 30, chamberMember: 'no', pastIncidents: 'none', updates: 'done', backups: 'done' },
    { step: 'results' },
  );
  const widget = page.locator('cyber-risk-check');
  await widget.getByRole('button', { name: '代理店に見積もりを依頼する' }).click();
  await widget.getByRole('heading', { name: '見積もりの依頼' }).waitFor();
  return widget;
}

export async function fillForm(widget: ReturnType<Page['locator']>) {
  await widget.getByLabel(/^会社名/).fill('株式会社テスト建設');
  await widget.getByLabel(/^ご担当者のお名前/).fill('鈴木 一郎');
  await widget.getByLabel(/^メールアドレス/).fill('ichiro@example.jp');
  await widget.getByLabel(/^電話番号/).fill('０６－１２３４－５６７８');
  await widget.getByLabel(/^都道府県/).selectOption('27');
  await widget
    .getByRole('group', { name: /ご希望のプラン/ })
    .getByLabel('基本プラン')
    .check();
  await widget
    .getByRole('group', { name: /ご希望の連絡方法/ })
    .getByLabel('どちらでもよい')
    .check();
}

/** From the filled form (consent ticked) to the confirmation screen. */
export async function review(widget: ReturnType<Page['locator']>) {
  await widget.getByRole('button', { name: '確認画面へ進む' }).click();
  await widget.getByRole('heading', { name: '送信内容の確認' }).waitFor();
}

/** From the filled form to the confirmation screen, then Send. */
export async function reviewAndSend(widget: ReturnType<Page['locator']>, recipient = 'テスト保険代理店') {
  await review(widget);
  await widget.getByRole('button', { name: `${recipient}に送信する` }).click();
}
