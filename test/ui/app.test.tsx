import { fireEvent, screen, waitFor, within, cleanup } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { content, expectedLength, questionSteps, stepsFor } from '../../src/core/index.js';
import { QUESTIONS_PER_FRAME } from '../../src/ui/question/QuestionStep.js';

/** Category steps shown before anything is answered. */
const stepCount = questionSteps(stepsFor(content, {})).length;
import { renderWidget, wholeText, widgetTree, openDetails } from './render.js';

afterEach(cleanup);

function start() {
  fireEvent.click(screen.getByRole('button', { name: '診断をはじめる' }));
}

describe('intro', () => {
  it("names who offers the check: the partner's logo, else its name", () => {
    renderWidget('ja', { partner: { id: 'sakura', name: 'さくら商工会議所' } });
    expect(screen.getByText('さくら商工会議所').closest('.brand')?.textContent).toBe('さくら商工会議所サイバーリスク診断');
    cleanup();
    renderWidget('ja', { partner: { id: 'sakura', name: 'さくら商工会議所', logoUrl: '/logo.svg' } });
    expect(screen.getByRole('img', { name: 'さくら商工会議所のロゴ' })).toBeTruthy();
    expect(screen.queryByText('さくら商工会議所')).toBeNull();
  });

  it('says how many questions to expect and how long they take', () => {
    renderWidget();
    const { questions, maxQuestions, minutes } = expectedLength(content, 'ja');
    expect(questions).toBeLessThan(maxQuestions);
    expect(screen.getByText(`質問は${questions}問（会社の状況により最大${maxQuestions}問）、所要時間は約${minutes}分です。`)).toBeTruthy();
  });

  it('offers to resume once there are answers', () => {
    const { store } = renderWidget();
    expect(screen.queryByRole('button', { name: '続きから再開する' })).toBeNull();
    store.getState().answer('industry', 'retail');
    return Promise.resolve().then(() => {
      expect(screen.getByRole('button', { name: '続きから再開する' })).toBeTruthy();
    });
  });
});

describe('question steps', () => {
  it('shows the profile step with its progress and moves focus to its heading', () => {
    renderWidget();
    start();
    const heading = screen.getByRole('heading', { level: 2, name: '会社について' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(`ステップ 1 / ${stepCount}：会社について`)).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
  });

  it('draws a long step first question first, then more frame by frame, and its buttons last', async () => {
    const { tree, store } = widgetTree();
    store.getState().goTo('profile');
    const profile = stepsFor(content, {}).find((step) => step.id === 'profile')!;
    expect(profile.questions.length).toBeGreaterThan(QUESTIONS_PER_FRAME + 1);
    const container = document.body.appendChild(document.createElement('div'));
    // What each frame shows: Preact runs effects only after a frame, which act() would skip.
    const frames: { questions: number; buttons: boolean }[] = [];
    const record = () => frames.push({ questions: container.querySelectorAll('.question').length, buttons: !!container.querySelector('.step-nav') });
    const observer = new MutationObserver(record);
    observer.observe(container, { childList: true, subtree: true });
    render(tree, container);
    record();
    await waitFor(() => expect(frames.at(-1)!.buttons).toBe(true));
    observer.disconnect();
    render(null, container);
    container.remove();

    const counts = [...new Set(frames.map((frame) => frame.questions))];
    const expected = [1];
    while (expected.at(-1)! < profile.questions.length) expected.push(Math.min(expected.at(-1)! + QUESTIONS_PER_FRAME, profile.questions.length));
    expect(counts).toEqual(expected);
    expect(frames.filter((frame) => frame.buttons).every((frame) => frame.questions === profile.questions.length)).toBe(true);
  });

  it('records a choice in the store', () => {
    const { store } = renderWidget();
    start();
    const industry = screen.getByRole('group', { name: '業種を選んでください' });
    fireEvent.click(within(industry).getByLabelText('小売業'));
    expect(store.getState().answers.industry).toBe('retail');
    expect((within(industry).getByLabelText('小売業') as HTMLInputElement).checked).toBe(true);
  });

  it('records several choices of a multi-choice question', () => {
    const { store } = renderWidget();
    start();
    fireEvent.click(screen.getByLabelText('お客様の氏名・住所・連絡先'));
    fireEvent.click(screen.getByLabelText('クレジットカード番号'));
    fireEvent.click(screen.getByLabelText('お客様の氏名・住所・連絡先'));
    expect(store.getState().answers.dataKinds).toEqual(['cards']);
  });

  it('explains a wrong amount in Japanese, keeps the text and blocks moving on', () => {
    const { store } = renderWidget();
    start();
    const revenue = screen.getByLabelText('年間の売上高（直近の決算）はおよそいくらですか') as HTMLInputElement;
    fireEvent.input(revenue, { target: { value: '五億' } });
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));

    expect(store.getState().step).toBe('profile');
    expect(revenue.value).toBe('五億');
    expect(revenue.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(revenue.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(message.textContent).toBe('数字で入力してください（例：5億、5000万円、500,000,000）。');
    expect(screen.getByRole('alert').textContent).toBe('入力内容を確認してください。1件のエラーがあります。');
    expect(document.activeElement).toBe(revenue);
  });

  it('accepts a corrected amount and moves on', () => {
    const { store } = renderWidget();
    start();
    const revenue = screen.getByLabelText('年間の売上高（直近の決算）はおよそいくらですか') as HTMLInputElement;
    fireEvent.input(revenue, { target: { value: '５億円' } });
    fireEvent.blur(revenue);
    expect(revenue.getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(store.getState().answers.revenue).toBe(500_000_000);
    expect(store.getState().step).toBe('basics');
  });

  it('links each control to its help text (why and how), which loads after the first screen', async () => {
    renderWidget();
    start();
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    const updates = screen.getByRole('group', { name: /OS・ソフトは、更新が出たらすぐに/ });
    const help = document.getElementById(updates.getAttribute('aria-describedby')!)!;
    await waitFor(() => expect(help.textContent).toContain('なぜ大切？'));
    expect(help.textContent).toContain('どうすればよい？');
  });

  it('keeps an example amount in a help text whole, and the text as written', async () => {
    const { store } = renderWidget();
    const antivirus = content.questions.find((q) => q.id === 'antivirus')!;
    store.getState().goTo(antivirus.category);
    const why = await screen.findByText(wholeText(`なぜ大切？ ${antivirus.help!.why.ja}`));
    expect([...why.querySelectorAll('.amount')].map((span) => span.textContent)).toEqual(['1,000万円']);
  });

  it('adds the card-payment step only for a company taking cards online', () => {
    const { store } = renderWidget();
    store.getState().answer('onlineCards', 'no');
    expect(stepsFor(content, store.getState().answers).some((step) => step.id === 'cards')).toBe(false);
    store.getState().answer('onlineCards', 'yes');
    store.getState().goTo('cards');
    return Promise.resolve().then(() => {
      expect(screen.getByRole('heading', { level: 2, name: 'カード決済' })).toBeTruthy();
      expect(screen.getByText(/カード番号を自社のサーバーに保存しない/)).toBeTruthy();
      const steps = stepsFor(content, store.getState().answers);
      const position = steps.findIndex((step) => step.id === 'cards');
      expect(questionSteps(steps).length).toBe(stepCount + 1);
      expect(screen.getByText(`ステップ ${position} / ${stepCount + 1}：カード決済`)).toBeTruthy();
    });
  });
});

describe('language', () => {
  it('switches every visible text to English', () => {
    renderWidget();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('heading', { name: 'How ready is your company for a cyber attack?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start the check' }));
    expect(screen.getByRole('group', { name: 'What is your industry?' })).toBeTruthy();
    expect(screen.getByText(`Step 1 of ${stepCount}: About your company`)).toBeTruthy();
  });
});

describe('results', () => {
  it('asks before starting over and then clears every answer', () => {
    const { store } = renderWidget();
    store.getState().answer('industry', 'retail');
    store.getState().goTo('results');
    return Promise.resolve().then(() => {
      fireEvent.click(screen.getByRole('button', { name: '最初からやり直す' }));
      expect(store.getState().answers.industry).toBe('retail');
      fireEvent.click(screen.getByRole('button', { name: '消してやり直す' }));
      expect(store.getState().answers).toEqual({});
      expect(store.getState().step).toBe('intro');
    });
  });
});

describe('results: IPA-style score', () => {
  it('shows the score, its band and advice, and what to find out', async () => {
    const { store } = renderWidget();
    const ipaQuestions = content.questions.filter((q) => q.type === 'control' && q.ipaTopics?.length);
    for (const q of ipaQuestions) store.getState().answer(q.id, 'done');
    store.getState().answer('updates', 'partly'); // -2
    store.getState().answer('passwords', 'unknown'); // -5
    store.getState().goTo('results');
    await Promise.resolve();
    await openDetails('more-score');
    expect(screen.getByText('100点中93点：一部に抜けがあります')).toBeTruthy();
    const toFindOut = screen.getByRole('region', { name: '確認が必要な項目' });
    const items = within(toFindOut).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('.find-out-question')!.textContent).toBe('パスワードは長く推測されにくいものにし、サービスごとに別のものを使っていますか');
    const passwords = content.questions.find((q) => q.id === 'passwords')!;
    expect(passwords.type === 'control' && passwords.askWho).toBeTruthy();
    expect(items[0]!.textContent).toContain(`確認先：${passwords.type === 'control' ? passwords.askWho!.ja : ''}`);
  });

  it('says how many questions are unanswered and how they count', async () => {
    const { store } = renderWidget('en');
    store.getState().goTo('results');
    await Promise.resolve();
    await openDetails('more-score');
    expect(screen.getByText('0 out of 100: An incident could happen at any time')).toBeTruthy();
    expect(screen.getByText('25 questions are unanswered; they count as “Not yet”.')).toBeTruthy();
  });
});

describe('when answers cannot be saved', () => {
  it('says so once, in the owner’s language, with the way to keep them, until dismissed', async () => {
    // Storage that refuses while `full` is set, as a browser's does when its quota is used up.
    let full = false;
    const { store } = renderWidget('ja', {}, undefined, { read: () => undefined, write: () => !full, clear: () => {} });
    expect(document.querySelector('.save-notice')).toBeNull();
    full = true;
    store.getState().answer('industry', 'retail');
    const notice = await screen.findByText(/このブラウザに回答を保存できません/);
    expect(notice.closest('[role="alert"]')).toBeTruthy();
    expect(notice.textContent).toContain('共有リンクを作る');
    // Saving works again: the owner was told, and the notice stays until they close it.
    full = false;
    store.getState().answer('industry', 'logistics');
    expect(store.getState().saveFailed).toBe(false);
    expect(screen.getByText(/このブラウザに回答を保存できません/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'わかりました' }));
    expect(screen.queryByText(/このブラウザに回答を保存できません/)).toBeNull();
    full = true;
    store.getState().answer('industry', 'retail');
    expect(store.getState().saveFailed).toBe(true);
    expect(screen.queryByText(/このブラウザに回答を保存できません/)).toBeNull();
  });
});
