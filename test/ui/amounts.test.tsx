import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatAmount, formatYen } from '../../src/core/format.js';
import { keepAmountsWhole } from '../../src/ui/amounts.js';

afterEach(cleanup);

function rendered(text: string) {
  const { container } = render(<p>{keepAmountsWhole(text)}</p>);
  const paragraph = container.querySelector('p')!;
  return { text: paragraph.textContent, amounts: [...paragraph.querySelectorAll('.amount')].map((span) => span.textContent) };
}

describe('amounts kept whole in a sentence', () => {
  it('sets every amount the formatters write in a span of its own, and leaves the text as it was', () => {
    const amounts = [formatAmount(11_510_000, 'ja'), formatAmount(541_000_000, 'ja'), formatYen(84_640, 'ja'), formatAmount(26_700_000, 'en')];
    expect(amounts).toEqual(['1,151万円', '5.4億円', '84,640円', '¥26,700,000']);
    const sentence = `補償の目安：${amounts[0]} / 自己負担の目安：${amounts[1]}、保険料 ${amounts[2]}、in English ${amounts[3]}.`;
    expect(rendered(sentence)).toEqual({ text: sentence, amounts });
  });

  it('leaves a text without amounts alone, including counts and rates', () => {
    expect(rendered('従業員 40人、割引 20%、3日')).toEqual({ text: '従業員 40人、割引 20%、3日', amounts: [] });
  });
});
