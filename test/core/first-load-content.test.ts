// The first load's content module (scripts/content.ts): its questions' empty help texts are made
// by the module rather than shipped, and come out as the texts' loaders expect them.

import { describe, expect, it } from 'vitest';
import { content } from '../../src/core/index.js';
import { questionPart, withoutScoring } from '../../src/core/content/parts.js';
import type { QuestionContent } from '../../src/core/types.js';
import { firstScreenContent } from '../../src/i18n/translations.js';
import { firstLoadModule } from '../../scripts/content.js';

async function evaluate(code: string): Promise<QuestionContent> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: QuestionContent };
  return module.default;
}

describe("the first load's content module", () => {
  it('gives every question with help an empty help to fill, and ships none of them', async () => {
    const firstLoad = withoutScoring(questionPart(firstScreenContent(content)));
    const code = firstLoadModule(firstLoad);
    expect(code).not.toContain('\\"help\\"');
    expect(await evaluate(code)).toEqual(firstLoad);
  });

  it('leaves a question without help without one', async () => {
    const firstLoad = withoutScoring(questionPart(firstScreenContent(content)));
    const { help: _, ...bare } = firstLoad.questions[0]!;
    const withBare = { ...firstLoad, questions: [bare, ...firstLoad.questions.slice(1)] } as QuestionContent;
    const loaded = await evaluate(firstLoadModule(withBare));
    expect(loaded.questions[0]).toEqual(bare);
    expect(loaded.questions[1]!.help).toEqual({ why: { ja: '' }, how: { ja: '' } });
  });
});
