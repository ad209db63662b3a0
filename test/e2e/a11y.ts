// Runs axe-core in the page (it reaches into open shadow roots) against WCAG 2.0/2.1/2.2 A and AA.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[]; failureSummary: string }[];
}

/** Violations as readable lines, empty when there are none. */
export async function axeViolations(page: Page, selector = 'cyber-risk-check'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(
    async ([context, tags]) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run({ include: [[context]] }, { runOnly: { type: 'tag', values: tags } });
      return result.violations;
    },
    [selector, WCAG_TAGS] as const,
  );
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`),
  );
}
