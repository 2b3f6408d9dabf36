import { roundTo } from '../shared/round-to';
import type { AutomaticCheckId, Rating } from './maturity.vocabulary';
import { ratingForPct } from './rating-for-pct';

/**
 * What the app counts from its own data for one assessment, all whole numbers of 0 or more. "In the
 * quarter" is the assessment's period; the others are counted when the assessment is opened. Each
 * `...With...`, `...OnTime`, `...Recorded` count is part of the count before it, so never larger.
 */
export interface MaturityFacts {
  /** Decision-log entries recorded in the quarter, and how many of them give a rationale. */
  decisionsLastQuarter: number;
  decisionsWithRationale: number;
  /** KPIs in the catalogue, those with a named owner, those with a reading in the last 30 days. */
  kpis: number;
  kpisWithOwner: number;
  kpisWithReadingLast30Days: number;
  /** Active initiatives (approved, piloting, rolling out), with a complete score, with a confirmed commitment. */
  activeInitiatives: number;
  activeWithCompleteScore: number;
  activeWithCommitment: number;
  /** Initiatives approved in the quarter, and those whose dependency review was done before approval. */
  approvedLastQuarter: number;
  approvedWithDependencyReview: number;
  /** PIRs due in the quarter, and those completed by their due date. */
  pirsDueLastQuarter: number;
  pirsCompletedOnTime: number;
  /** PIR actions due in the quarter, and those done by their due date. */
  pirActionsDueLastQuarter: number;
  pirActionsDoneOnTime: number;
  /** Benefit checks (30 and 90 days after closure) due in the quarter, and those recorded. */
  benefitChecksDueLastQuarter: number;
  benefitChecksRecorded: number;
}

/** A rating an automatic check proposes, the facts it rests on (for people), and the share it measured. */
export interface AutomaticProposal {
  proposed: Rating;
  facts: { label: string; value: string }[];
  /** The share of `of` that is `met`, in %, rounded to one decimal; null when there was nothing to count. */
  pct: number | null;
}

/** One check: a share `met` of `of`, the words for both, what to say when `of` is 0, and a target if any. */
interface CheckRule {
  of: keyof MaturityFacts;
  ofLabel: string;
  met: keyof MaturityFacts;
  metLabel: string;
  none: string;
  targetPct?: number;
}

/** The target of the checks whose criterion names one ("at least 80 % ... by their due date"). */
export const ON_TIME_TARGET_PCT = 80;

const ACTIVE = {
  of: 'activeInitiatives',
  ofLabel: 'Active initiatives',
  none: 'None: no initiative is active',
} as const;
const CATALOGUE = { of: 'kpis', ofLabel: 'KPIs in the catalogue', none: 'None: the catalogue has no KPI' } as const;

const CHECKS: Record<AutomaticCheckId, CheckRule> = {
  'decision-rationale': {
    of: 'decisionsLastQuarter',
    ofLabel: 'Decisions recorded in the quarter',
    met: 'decisionsWithRationale',
    metLabel: 'With a rationale',
    none: 'None: no decision was recorded in the quarter',
  },
  'kpi-owners': { ...CATALOGUE, met: 'kpisWithOwner', metLabel: 'With a named owner' },
  'kpi-readings': { ...CATALOGUE, met: 'kpisWithReadingLast30Days', metLabel: 'With a reading in the last 30 days' },
  'complete-scores': { ...ACTIVE, met: 'activeWithCompleteScore', metLabel: 'With a complete score' },
  commitments: { ...ACTIVE, met: 'activeWithCommitment', metLabel: 'With a confirmed commitment' },
  'dependency-reviews': {
    of: 'approvedLastQuarter',
    ofLabel: 'Initiatives approved in the quarter',
    met: 'approvedWithDependencyReview',
    metLabel: 'With the dependency review done first',
    none: 'None: no initiative was approved in the quarter',
  },
  'pirs-on-time': {
    of: 'pirsDueLastQuarter',
    ofLabel: 'PIRs due in the quarter',
    met: 'pirsCompletedOnTime',
    metLabel: 'Completed by their due date',
    none: 'None: no PIR was due in the quarter',
    targetPct: ON_TIME_TARGET_PCT,
  },
  'pir-actions-on-time': {
    of: 'pirActionsDueLastQuarter',
    ofLabel: 'PIR actions due in the quarter',
    met: 'pirActionsDoneOnTime',
    metLabel: 'Done by their due date',
    none: 'None: no PIR action was due in the quarter',
    targetPct: ON_TIME_TARGET_PCT,
  },
  'benefit-checks': {
    of: 'benefitChecksDueLastQuarter',
    ofLabel: 'Benefit checks due in the quarter',
    met: 'benefitChecksRecorded',
    metLabel: 'Recorded',
    none: 'None: no benefit check was due in the quarter',
  },
};

/** A whole number of 0 or more, or a bug in whatever counted it. */
function count(facts: MaturityFacts, key: keyof MaturityFacts): number {
  const value = facts[key];
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Maturity fact ${key} is not a count: ${value}`);
  return value;
}

/**
 * The rating the app proposes for a criterion with an automatic check, computed from `facts`: the
 * share (in %, rounded to one decimal and judged as shown) of the counted items that meet the
 * criterion, rated with the usual bands (`ratingForPct`: F from 85, L from 50, P from 15, else N).
 * A check whose criterion names a target (`pirs-on-time`, `pir-actions-on-time`: at least 80 %)
 * proposes F at the target or above and the usual bands below it. With nothing to count (a zero
 * denominator) it proposes N with `pct` null and a fact saying why: the app holds no evidence the
 * criterion is met, and an assessor who knows better overrides with a reason. Facts that are not
 * whole numbers of 0 or more, or a part larger than its whole, are a bug and throw a RangeError.
 *
 * @example
 * evaluateAutomaticCheck('pirs-on-time', { ...facts, pirsDueLastQuarter: 10, pirsCompletedOnTime: 8 });
 * // { proposed: 'F', pct: 80, facts: [{ label: 'PIRs due in the quarter', value: '10' }, ..., { label: 'Target', value: '80 %' }] }
 */
export function evaluateAutomaticCheck(id: AutomaticCheckId, facts: MaturityFacts): AutomaticProposal {
  const rule = CHECKS[id];
  const of = count(facts, rule.of);
  const met = count(facts, rule.met);
  if (met > of) throw new RangeError(`Maturity fact ${rule.met} (${met}) is larger than ${rule.of} (${of})`);
  const pct = of === 0 ? null : roundTo((100 * met) / of, 1);
  const target = rule.targetPct === undefined ? [] : [{ label: 'Target', value: `${rule.targetPct} %` }];
  const shown = [
    { label: rule.ofLabel, value: String(of) },
    { label: rule.metLabel, value: String(met) },
    { label: 'Share', value: pct === null ? rule.none : `${pct} %` },
    ...target,
  ];
  if (pct === null) return { proposed: 'N', facts: shown, pct };
  const proposed = rule.targetPct !== undefined && pct >= rule.targetPct ? 'F' : ratingForPct(pct);
  return { proposed, facts: shown, pct };
}
