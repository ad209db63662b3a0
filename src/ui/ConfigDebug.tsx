// For the partner setting the widget up (debug mode): every configuration problem as the console
// has it, in the widget itself, so a typo is seen without opening the browser's tools.

import { useT } from './context.js';

export function ConfigDebug({ problems }: { problems: readonly string[] }) {
  const { t } = useT();
  return (
    <details class="config-debug" open>
      <summary>{t('app.configDebugHeading', { count: problems.length })}</summary>
      <p class="note">{t('app.configDebugNote')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
