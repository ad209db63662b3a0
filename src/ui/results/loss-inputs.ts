// The loss drivers an owner adjusted, as the numbers the estimate takes (an input being typed or
// rejected has no value yet, and is left out).

import type { LossInput } from '../../state/store.js';

export function inputValues(inputs: Record<string, LossInput> | undefined): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [id, input] of Object.entries(inputs ?? {})) if (input.value !== undefined) values[id] = input.value;
  return values;
}
