import { roundTo } from '../shared/round-to';
import type { Commitment } from './commitment';

/** One person's weekly load from today on, across the commitments given. */
export interface PersonLoad {
  personId: string;
  /** The most hours per week committed on any one day from today on, requested ones included. */
  peakHours: number;
  /** The same, confirmed commitments only. */
  confirmedPeakHours: number;
  /** The first day the peak is reached. */
  peakOn: string;
  /** True when `peakHours` is above the threshold. */
  overCommitted: boolean;
  initiativeIds: string[];
}

type Load = Pick<Commitment, 'personId' | 'hoursPerWeek' | 'start' | 'end' | 'initiativeId' | 'confirmedBy'>;

function peak(list: readonly Load[], today: string): { hours: number; on: string } {
  const starts = [...new Set(list.map((c) => (c.start < today ? today : c.start)))].sort();
  let best = { hours: 0, on: today };
  for (const day of starts) {
    const hours = list.filter((c) => c.start <= day && day <= c.end).reduce((sum, c) => sum + c.hoursPerWeek, 0);
    if (hours > best.hours) best = { hours: roundTo(hours, 2), on: day };
  }
  return best;
}

/**
 * The total hours per week per person across the commitments of the active initiatives (the caller
 * passes those), from `today` on: overlapping periods add up, periods that follow each other do
 * not, and expired commitments are left out. A person is over-committed when the peak exceeds
 * `thresholdHours` (for example 40). Sorted by peak, highest first, then by person.
 *
 * @example
 * personLoads([{ personId: 'ana', hoursPerWeek: 30, start: '2026-12-01', end: '2026-12-31', ... },
 *   { personId: 'ana', hoursPerWeek: 20, start: '2026-12-15', end: '2027-01-31', ... }], '2026-12-02', 40);
 * // [{ personId: 'ana', peakHours: 50, peakOn: '2026-12-15', overCommitted: true, ... }]
 */
export function personLoads(commitments: readonly Load[], today: string, thresholdHours: number): PersonLoad[] {
  const live = commitments.filter((c) => c.end >= today);
  const people = [...new Set(live.map((c) => c.personId))];
  return people
    .map((personId) => {
      const mine = live.filter((c) => c.personId === personId);
      const all = peak(mine, today);
      const confirmed = peak(
        mine.filter((c) => c.confirmedBy !== undefined),
        today,
      );
      return {
        personId,
        peakHours: all.hours,
        confirmedPeakHours: confirmed.hours,
        peakOn: all.on,
        overCommitted: all.hours > thresholdHours,
        initiativeIds: [...new Set(mine.map((c) => c.initiativeId))].sort(),
      };
    })
    .sort((a, b) => b.peakHours - a.peakHours || (a.personId < b.personId ? -1 : 1));
}
