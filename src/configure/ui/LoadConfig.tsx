// Loading a set-up made before (its JSON file, or the code pasted into a site) to change it. What
// went wrong is said here; problems with single values show under their fields.

import { useState } from 'preact/hooks';
import { readPasted } from '../pasted.js';
import { useConfigurator } from './context.js';

export interface LoadReport {
  /** Fields with a value that cannot be used. */
  problemCount: number;
  unused: string[];
  keptCount: number;
}

export function LoadConfig({ onLoad }: { onLoad: (raw: unknown) => LoadReport }) {
  const { t } = useConfigurator();
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const load = (source: string) => {
    const pasted = readPasted(source);
    const report = pasted.ok ? onLoad(pasted.raw) : undefined;
    if (!pasted.ok || !report) {
      setMessages([t('load.notJson', { detail: pasted.ok ? '' : pasted.detail })]);
      return;
    }
    if (report.unused.includes('$')) {
      setMessages([t('load.notObject')]);
      return;
    }
    setMessages([
      report.problemCount > 0 ? t('load.loadedWithProblems', { count: report.problemCount }) : t('load.loaded'),
      ...(report.unused.length > 0 ? [t('load.unused', { paths: report.unused.join(', ') })] : []),
      ...(report.keptCount > 0 ? [t('load.kept', { count: report.keptCount })] : []),
    ]);
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setText(content);
    load(content);
  };
  return (
    <details class="load">
      <summary>{t('load.title')}</summary>
      <p class="hint">{t('load.help')}</p>
      <label for="load-text">{t('load.text')}</label>
      <textarea id="load-text" rows={6} value={text} spellcheck={false} onInput={(event) => setText(event.currentTarget.value)} />
      <div class="load-actions">
        <button type="button" onClick={() => load(text)}>
          {t('load.submit')}
        </button>
        <label class="file">
          {t('load.file')}
          <input
            type="file"
            accept=".json,.html,.htm,.txt,application/json,text/html,text/plain"
            onChange={(event) => void readFile(event.currentTarget.files?.[0])}
          />
        </label>
      </div>
      <div role="status">
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </details>
  );
}
