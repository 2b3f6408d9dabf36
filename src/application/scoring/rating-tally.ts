import type { RaterRatingsInput } from '../initiative-record';

/** Per criterion key, how many raters gave 1, 2, 3, 4 and 5 (index = rating - 1). */
export type Tally = Record<string, number[]>;

const slot = (rating: number) => (Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating - 1 : -1);

/**
 * The tally after one rater's ratings change from `before` to `after` (either may be empty). The
 * tally is all scoring needs (median, spread), so the record no longer carries every rater.
 *
 * @example retally({}, {}, { impact: 4 }) // { impact: [0, 0, 0, 1, 0] }
 */
export function retally(
  tally: Tally,
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
): Tally {
  const next: Tally = Object.fromEntries(Object.entries(tally).map(([k, v]) => [k, [...v]]));
  const move = (key: string, rating: number, by: number) => {
    const i = slot(rating);
    if (i < 0) return;
    const counts = next[key] ?? [0, 0, 0, 0, 0];
    counts[i] = Math.max(0, (counts[i] ?? 0) + by);
    next[key] = counts;
  };
  for (const [key, rating] of Object.entries(before)) move(key, rating, -1);
  for (const [key, rating] of Object.entries(after)) move(key, rating, +1);
  return next;
}

/** The tally of raters embedded in a record written before ratings had their own entity. */
export function tallyOf(raters: readonly RaterRatingsInput[]): Tally {
  let tally: Tally = {};
  for (const r of raters) tally = retally(tally, {}, numbersOf(r.ratings));
  return tally;
}

export const numbersOf = (ratings: Readonly<Record<string, { rating: number }>>): Record<string, number> =>
  Object.fromEntries(Object.entries(ratings).map(([k, v]) => [k, v.rating]));

/**
 * The tally as lists of ratings per criterion, one anonymous rater per position: the median and the
 * spread per criterion depend only on the multiset of ratings, so aggregating these gives the same
 * result as aggregating the real raters.
 */
export function ratersOfTally(tally: Tally): Array<{ raterId: string; ratings: Record<string, number> }> {
  const raters: Array<{ raterId: string; ratings: Record<string, number> }> = [];
  for (const [key, counts] of Object.entries(tally)) {
    let n = 0;
    counts.forEach((count, i) => {
      for (let c = 0; c < count; c += 1) {
        const r = (raters[n] ??= { raterId: `t${n}`, ratings: {} });
        r.ratings[key] = i + 1;
        n += 1;
      }
    });
  }
  return raters;
}
