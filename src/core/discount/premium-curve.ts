// Power curves through published premium examples: premium = p × (revenue / r)^k. Insurers'
// brochures print a few revenues per industry (5億 and 30億 at one, a single revenue at another), and
// their premiums grow slower than revenue (k ≈ 0.4: twice the revenue, about 1.32 times the
// premium), which a straight line on a log-log scale follows exactly through every printed point.
// Pure arithmetic on plain numbers; which rows and limits to use is premium.ts's business.

/** A published example, or a point on its curve: the annual premium at a revenue, in yen. */
export interface Point {
  revenue: number;
  premium: number;
}

/** The part of a curve that prices one revenue: through `anchor`, with exponent `exponent`. */
export interface Segment {
  anchor: Point;
  exponent: number;
  /** Whether the exponent comes from two published points, or is the table's stated one (a single point). */
  from: 'rows' | 'table';
}

/**
 * The exponent of the power curve through two points of increasing revenue. Never negative: a
 * reference premium that fell as revenue grew would tell an owner that growing makes them cheaper
 * to insure, which no brochure says (the points are made non-decreasing before, see `ascending`).
 */
export function exponentBetween(low: Point, high: Point): number {
  if (high.revenue <= low.revenue || high.premium <= low.premium) return 0;
  return Math.log(high.premium / low.premium) / Math.log(high.revenue / low.revenue);
}

/** The premium at `revenue` on the curve through `anchor` with `exponent`. */
export function onCurve(anchor: Point, exponent: number, revenue: number): number {
  return anchor.premium * (revenue / anchor.revenue) ** exponent;
}

/**
 * Points sorted by revenue, one per revenue (the higher premium where a table prints two), with
 * every premium at least the one before: so that the curve through them never goes down.
 */
export function ascending(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.revenue - b.revenue || b.premium - a.premium);
  const result: Point[] = [];
  for (const point of sorted) {
    const previous = result[result.length - 1];
    if (previous?.revenue === point.revenue) continue;
    result.push({ revenue: point.revenue, premium: Math.max(point.premium, previous?.premium ?? 0) });
  }
  return result;
}

/**
 * The segment that prices `revenue` on ascending, non-empty `points`: the two points around it, or
 * beyond either end the two end points, so that an extension continues the nearest published slope;
 * a single point uses `fallbackExponent`. Anchored at a point of the segment, so the curve goes
 * through every published point exactly and is continuous (hence monotone) from one segment to the next.
 */
export function segmentFor(points: readonly Point[], revenue: number, fallbackExponent: number): Segment | undefined {
  const first = points[0];
  if (!first) return undefined;
  if (points.length === 1) return { anchor: first, exponent: fallbackExponent, from: 'table' };
  const found = points.findIndex((p) => p.revenue >= revenue);
  const upper = found === -1 ? points.length - 1 : Math.max(found, 1);
  const low = points[upper - 1];
  const high = points[upper];
  if (!low || !high) return undefined;
  return { anchor: low, exponent: exponentBetween(low, high), from: 'rows' };
}

/** Where a revenue sits against the published ones: on one, between two, or beyond either end. */
export type RevenuePosition = 'published' | 'within' | 'below' | 'above';

export function positionOf(points: readonly Point[], revenue: number): RevenuePosition {
  const low = points[0]?.revenue ?? revenue;
  const high = points[points.length - 1]?.revenue ?? revenue;
  if (points.some((p) => p.revenue === revenue)) return 'published';
  if (revenue < low) return 'below';
  return revenue > high ? 'above' : 'within';
}
