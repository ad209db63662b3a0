// A piece of code to take away: shown read-only, copied with one click (or selected by hand when
// the browser refuses the clipboard), with the result said where screen readers hear it.

import { useRef, useState } from 'preact/hooks';
import { useConfigurator } from './context.js';

/** Copies the code; when the browser refuses, selects it so that Ctrl+C (or a long press) copies it. */
async function copyText(text: string, box: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    box.focus();
    box.select();
    return false;
  }
}

export function CodeBox({ id, label, code, rows = 8 }: { id: string; label: string; code: string; rows?: number }) {
  const { t } = useConfigurator();
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'copied' | 'copyFailed' | undefined>();
  const copy = async () => {
    if (!box.current) return;
    setStatus((await copyText(code, box.current)) ? 'copied' : 'copyFailed');
  };
  return (
    <div class="code">
      <div class="code-head">
        <label for={id}>{label}</label>
        <button type="button" class="copy" aria-describedby={`${id}-status`} onClick={() => void copy()}>
          {t('outputs.copy')}
        </button>
      </div>
      <textarea id={id} ref={box} readOnly rows={rows} value={code} spellcheck={false} onInput={() => setStatus(undefined)} />
      <p class="status" id={`${id}-status`} role="status">
        {status && t(`outputs.${status}`)}
      </p>
    </div>
  );
}
