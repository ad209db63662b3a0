// Where a driver's value comes from when the user typed none: the profile, the loss model (JNSA's
// per-person amount, gross margins), or earlier drivers (products and curves).

import type { Answers } from '../types.js';
import type { Driver, LossModel } from './types.js';

/** JNSA JO model: 500 × sensitivity × identifiability × social responsibility × response. */
export function jnsaPerPerson(model: LossModel, dataKinds: string[]): number | undefined {
  const sensitivities = dataKinds
    .map((kind) => model.jnsa.kinds[kind])
    .filter((levels): levels is [number, number] => levels !== undefined)
    .map(([distress, economic]) => 10 ** (distress - 1) + 5 ** (economic - 1));
  if (sensitivities.length === 0) return undefined;
  const { base, identifiability, socialResponsibility, response } = model.jnsa;
  return base * Math.max(...sensitivities) * identifiability * socialResponsibility * response;
}

/** Log-log interpolation through rising points, the end segments extended; 0 at 0. */
export function curveAt(points: [number, number][], x: number): number {
  if (x <= 0) return 0;
  let index = 1;
  while (index < points.length - 1 && x > (points[index]?.[0] ?? Infinity)) index++;
  const [x0, y0] = points[index - 1] ?? [1, 1];
  const [x1, y1] = points[index] ?? [1, 1];
  return y0 * (x / x0) ** (Math.log(y1 / y0) / Math.log(x1 / x0));
}

export function bounded(value: number, source: { min?: number; max?: number; round?: 'up' | 'down' | 'nearest' }): number {
  let result = value;
  if (source.round === 'up') result = Math.ceil(result);
  else if (source.round === 'down') result = Math.floor(result);
  else if (source.round === 'nearest') result = Math.round(result);
  if (source.min !== undefined) result = Math.max(source.min, result);
  if (source.max !== undefined) result = Math.min(source.max, result);
  return result;
}

/** A driver's value from the profile, the model, or earlier drivers (`values`, already resolved). */
export function fromSource(driver: Driver, model: LossModel, answers: Answers, values: Record<string, number>): number | undefined {
  const source = driver.from;
  if (!source) return undefined;
  if ('product' in source)
    return bounded(
      source.product.reduce((product, id) => product * (values[id] ?? 0), source.scale ?? 1),
      source,
    );
  if ('curve' in source) return curveAt(source.curve.points, values[source.curve.driver] ?? 0);
  if ('model' in source) {
    if (source.model === 'jnsaPerPerson') {
      const kinds = answers.dataKinds;
      return Array.isArray(kinds) ? jnsaPerPerson(model, kinds) : undefined;
    }
    const industry = typeof answers.industry === 'string' ? answers.industry : undefined;
    return (industry === undefined ? undefined : model.grossMargin[industry]) ?? model.grossMargin.default;
  }
  const answer = answers[source.question];
  return typeof answer === 'number' ? bounded(answer * (source.scale ?? 1), source) : undefined;
}
