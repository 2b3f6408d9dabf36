import { kvs } from '@forge/kvs';
import * as z from 'zod';
import type { MaturityFactsPort } from '../../application/maturity/maturity.ports';
import type { MaturityFacts } from '../../domain/maturity/automatic-checks';
import { isQuarter } from '../../domain/maturity/quarter';
import { KEYS } from '../storage/keys';
import { countDecisions, countInitiatives, countPirs, quarterDays } from './maturity-fact-counts';

/** How long a period's counted facts are reused: the macro and the page render often, the counts move slowly. */
export const FACTS_CACHE_MS = 15 * 60_000;

const count = z.number().int().min(0);
const factsSchema = z.strictObject({
  decisionsLastQuarter: count,
  decisionsWithRationale: count,
  kpis: count,
  kpisWithOwner: count,
  kpisWithReadingLast30Days: count,
  activeInitiatives: count,
  activeWithCompleteScore: count,
  activeWithCommitment: count,
  approvedLastQuarter: count,
  approvedWithDependencyReview: count,
  pirsDueLastQuarter: count,
  pirsCompletedOnTime: count,
  pirActionsDueLastQuarter: count,
  pirActionsDoneOnTime: count,
  benefitChecksDueLastQuarter: count,
  benefitChecksRecorded: count,
}) satisfies z.ZodType<MaturityFacts>;
const cachedSchema = z.object({ countedAt: z.number(), facts: factsSchema });

/**
 * Counts a period's facts from the app's own records, one bounded pass per record kind: the
 * decision log newest first back to the quarter's start, the active initiatives (index `by-score`,
 * filtered on `active`) with their pilots in batch gets, and the PIRs (`allPirs`). There is no KPI
 * catalogue in the app yet (domain.md section 7), so its three counts are 0.
 */
export async function countFacts(period: string): Promise<MaturityFacts> {
  const quarter = quarterDays(period);
  const [decisions, initiatives, pirs] = await Promise.all([
    countDecisions(quarter),
    countInitiatives(quarter),
    countPirs(quarter),
  ]);
  return { kpis: 0, kpisWithOwner: 0, kpisWithReadingLast30Days: 0, ...decisions, ...initiatives, ...pirs };
}

/**
 * The maturity facts of a period (`YYYY-Qn`), counted at most once per FACTS_CACHE_MS: the count and
 * when it was made are kept under `KEYS.maturityFacts(period)` (one small value), so a render inside
 * that time costs one KVS get. A cached value that does not parse, or is from the future, is
 * counted afresh. Failing to keep the count does not fail the call: the next one counts again.
 * Throws a RangeError for a period that is not a quarter (the use cases check it first).
 */
export const maturityFacts: MaturityFactsPort = {
  async facts(period) {
    if (!isQuarter(period)) throw new RangeError(`Not a quarter: ${String(period)}`);
    const key = KEYS.maturityFacts(period);
    const cached = cachedSchema.safeParse(await kvs.get(key));
    const now = Date.now();
    if (cached.success) {
      const age = now - cached.data.countedAt;
      if (age >= 0 && age < FACTS_CACHE_MS) return cached.data.facts;
    }
    const facts = await countFacts(period);
    try {
      await kvs.set(key, { countedAt: now, facts });
    } catch {
      // Only the cache is lost; the facts just counted are still right.
    }
    return facts;
  },
};
