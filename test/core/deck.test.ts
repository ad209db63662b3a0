import { describe, expect, it } from 'vitest';
import { content } from '../../src/core/index.js';
import { caseSlide } from '../../src/core/loss/deck.js';

describe("the presenter's brochure cases", () => {
  it.each(content.loss.presets.map((preset) => [preset.id, preset] as const))(
    '%s: each item and the total as the brochure gives them, to the yen',
    (_id, preset) => {
      const slide = caseSlide(content, preset)!;
      expect(slide.items.map((item) => item.id)).toEqual(preset.items);
      expect(Object.fromEntries(slide.items.map((item) => [item.id, item.amount]))).toEqual(preset.expected.items);
      expect(slide.total).toBe(preset.expected.total);
      expect(slide.items.reduce((sum, item) => sum + item.amount, 0)).toBe(slide.total);
    },
  );

  it('says what each plan would pay, never more than the loss', () => {
    for (const preset of content.loss.presets) {
      const slide = caseSlide(content, preset)!;
      expect(slide.plans.map((plan) => plan.id)).toEqual(slide.program.plans.map((plan) => plan.id));
      for (const plan of slide.plans) {
        expect(plan.paid).toBeGreaterThanOrEqual(0);
        expect(plan.paid + plan.uncovered).toBe(slide.total);
      }
    }
  });

  it("uses the partner's programme, and its largest limit set", () => {
    const program = content.loss.coverage.at(-1)!;
    const slide = caseSlide(content, content.loss.presets[0]!, program.id)!;
    expect(slide.program.id).toBe(program.id);
    expect(slide.limitSet.id).toBe(program.limitSets.at(-1)!.id);
  });
});
