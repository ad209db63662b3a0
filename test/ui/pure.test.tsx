// pure(): a part of the results renders again only when one of its props is a different value.

import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { pure } from '../../src/ui/pure.js';

describe('pure', () => {
  it('skips a render with the same props, and renders with a different one', () => {
    const seen: string[] = [];
    const Label = pure(({ text }: { text: string; data: object }) => {
      seen.push(text);
      return <p>{text}</p>;
    });
    const data = {};
    const { rerender, container } = render(<Label text="a" data={data} />);
    rerender(<Label text="a" data={data} />);
    expect(seen).toEqual(['a']);
    rerender(<Label text="b" data={data} />);
    rerender(<Label text="b" data={{}} />);
    expect(seen).toEqual(['a', 'b', 'b']);
    expect(container.textContent).toBe('b');
  });
});
