// The weighted score by category, as bars with the number beside each.

import type { DiscountResult } from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { pure } from '../pure.js';

/** Category scores as bars: the numbers are text beside each bar, so the chart needs no separate alternative. */
export const CategoryScores = pure(function CategoryScores({ result }: { result: DiscountResult }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const rows = result.score.categories.filter((c) => c.score !== undefined);
  return (
    <>
      <h4 id="category-heading">{t('discount.categoryHeading')}</h4>
      <ul class="bars" aria-labelledby="category-heading">
        {rows.map((row) => {
          // A score for a category the content does not describe has no title to show it under.
          const category = content.categories.find((c) => c.id === row.categoryId);
          if (!category) return null;
          return (
            <li key={row.categoryId} class="bar-row">
              <span class="bar-label">{local(category.title, lang)}</span>
              <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-track" x="0" y="0" width="100" height="10" rx="2" />
                <rect class="bar-fill" x="0" y="0" width={row.score} height="10" rx="2" />
              </svg>
              <span class="bar-value">{row.score}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
});
