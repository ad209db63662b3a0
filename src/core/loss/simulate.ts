// Simulated incidents for a scenario's range, thousands per estimate. Each driver's recipe (typed,
// a fixed source, or worked out from earlier drivers; its mitigations; whether it varies) is
// worked out once, so a simulated incident makes no objects: on a slow phone the range was most
// of the results' first render, and its garbage the rest. The arithmetic is the itemised
// estimate's, in the same order, so a simulated incident with every factor at 1 gives its total.

import type { Answers } from '../types.js';
import { checkDriverValue } from './check.js';
import { bounded, curveAt, fromSource } from './drivers.js';
import type { Driver, LineItem, LossModel, LossScenario } from './types.js';

/** A standard normal draw (Box–Muller) from two uniform ones. */
function standardNormal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** The multiplier of a lognormal whose 90% interval is [low, high]: μ = mean of the logs, σ = their spread ÷ 3.29. */
function lognormalFactor(z: number, low: number, high: number): number {
  const mu = (Math.log(low) + Math.log(high)) / 2;
  const sigma = (Math.log(high) - Math.log(low)) / 3.29;
  return Math.exp(mu + sigma * z);
}

/** A driver's value in one incident, from the values of the drivers before it. */
type Recipe = (values: Float64Array) => number;

interface CompiledDriver {
  base: Recipe;
  mitigations: number[];
  /** Typed by the user: never varied. */
  typed: boolean;
  uncertainty?: { low: number; high: number };
}

/** Where a formula reads driver `id`: its index, or -1 for none resolved (read as 0, as the estimate does). */
type IndexOf = (id: string) => number;
const read = (values: Float64Array, index: number) => (index < 0 ? 0 : (values[index] ?? 0));

function recipeOf(driver: Driver, model: LossModel, answers: Answers, earlier: IndexOf, typed: number | undefined): Recipe {
  if (typed !== undefined) return () => typed;
  const source = driver.from;
  if (source && 'product' in source) {
    const factors = source.product.map(earlier);
    return (values) =>
      bounded(
        factors.reduce((product, index) => product * read(values, index), source.scale ?? 1),
        source,
      );
  }
  if (source && 'curve' in source) {
    const x = earlier(source.curve.driver);
    return (values) => curveAt(source.curve.points, read(values, x));
  }
  const fixed = fromSource(driver, model, answers, {}) ?? driver.default;
  return () => fixed;
}

function compileDrivers(scenario: LossScenario, model: LossModel, answers: Answers, inputs: Record<string, number>, applied: Set<string>) {
  const positions = new Map<string, number>();
  const drivers = scenario.drivers.map((driver, index): CompiledDriver => {
    const earlier: IndexOf = (id) => positions.get(id) ?? -1;
    const input = inputs[driver.id];
    // A typed value the driver does not accept is ignored, as in the itemised estimate.
    const typed = input !== undefined && checkDriverValue(driver, input) === undefined ? input : undefined;
    const compiled: CompiledDriver = {
      base: recipeOf(driver, model, answers, earlier, typed),
      mitigations: (scenario.mitigations ?? []).filter((m) => m.driver === driver.id && applied.has(m.control)).map((m) => m.factor),
      typed: typed !== undefined,
      ...(driver.uncertainty && { uncertainty: driver.uncertainty }),
    };
    positions.set(driver.id, index);
    return compiled;
  });
  return { drivers, indexOf: (id: string) => positions.get(id) ?? -1 };
}

/** An item's amount from the incident's driver values. */
function compileItem(item: LineItem, indexOf: IndexOf): (values: Float64Array) => number {
  const terms = item.formula.terms.map((term): ((values: Float64Array) => number) => {
    if ('steps' in term) {
      const x = indexOf(term.steps.driver);
      const table = term.steps.table;
      return (values) => {
        const value = read(values, x);
        let amount = 0;
        for (const [threshold, stepValue] of table) if (value >= threshold) amount = stepValue;
        return amount;
      };
    }
    const per = (term.per ?? []).map(indexOf);
    const divideBy = term.divideBy ?? 1;
    return (values) => per.reduce((product, index) => product * read(values, index), term.rate) / divideBy;
  });
  const { min, max } = item.formula;
  return (values) => {
    let amount = terms.reduce((sum, term) => sum + term(values), 0);
    if (min !== undefined) amount = Math.max(min, amount);
    if (max !== undefined) amount = Math.min(max, amount);
    return Math.round(amount);
  };
}

/**
 * The totals of `samples` simulated incidents, sorted: each uncertain driver (not typed by the
 * user) drawn from its lognormal, in driver order, from `random`.
 */
export function simulatedTotals(
  scenario: LossScenario,
  model: LossModel,
  answers: Answers,
  inputs: Record<string, number>,
  applied: Set<string>,
  items: LineItem[],
  samples: number,
  random: () => number,
): Float64Array {
  const { drivers, indexOf } = compileDrivers(scenario, model, answers, inputs, applied);
  const amounts = items.map((item) => compileItem(item, indexOf));
  const factors = new Float64Array(drivers.length);
  const values = new Float64Array(drivers.length);
  const totals = new Float64Array(samples);
  for (let sample = 0; sample < samples; sample++) {
    // All factors first, then the drivers: the order in which the random numbers are used.
    drivers.forEach((driver, i) => {
      factors[i] = driver.uncertainty ? lognormalFactor(standardNormal(random), driver.uncertainty.low, driver.uncertainty.high) : 1;
    });
    drivers.forEach((driver, i) => {
      let value = driver.base(values);
      for (const factor of driver.mitigations) value *= factor;
      values[i] = driver.typed ? value : value * (factors[i] ?? 1);
    });
    totals[sample] = amounts.reduce((sum, amount) => sum + amount(values), 0);
  }
  return totals.sort();
}
