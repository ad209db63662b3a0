// A control as a thing to do, for the first screen, the plan and the printed checklist: its action
// (or, in content without one, its question) and its effort in words.

import { questionText } from '../../core/lib.js';
import type { Content, ControlQuestion, Lang } from '../../core/types.js';
import { local, type TFunction } from '../../i18n/index.js';

export function controlOf(content: Content, id: string): ControlQuestion | undefined {
  return content.questions.find((q): q is ControlQuestion => q.id === id && q.type === 'control');
}

export function actionText(content: Content, id: string, lang: Lang): string {
  const action = controlOf(content, id)?.action;
  return action ? local(action, lang) : questionText(content, id, lang);
}

/** Cost and time, e.g. ["費用なし", "数分"]; none when the control states no effort. */
export function effortLabels(question: ControlQuestion | undefined, t: TFunction): string[] {
  return question?.effort ? [t(`effort.cost.${question.effort.cost}`), t(`effort.time.${question.effort.time}`)] : [];
}
