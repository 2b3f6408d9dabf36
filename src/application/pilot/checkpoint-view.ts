import type {
  CheckpointCriterionView,
  CheckpointDecisionView,
  CheckpointsView,
  CheckpointView,
} from '../../contracts/checkpoint.contract';
import { latestVerdict } from '../../domain/checkpoints/latest-verdict';
import { recommendVerdict } from '../../domain/checkpoints/recommend-verdict';
import type { SuccessCriterion } from '../../domain/checkpoints/checkpoint';
import type { CheckpointDecisionRecord, CheckpointRecord } from './checkpoint-record';
import { PILOT_LIMITS, type PilotRecord } from './pilot-record';

/** Who is looking (the panel's viewer, from the platform context). */
export interface CheckpointViewer {
  accountId: string;
  canEdit: boolean;
  isCsiAdmin: boolean;
}

/** How long a claim to create a rollback issue holds before another call may take it over. */
export const ROLLBACK_CLAIM_STALE_MS = 60_000;

/** Whether the decision has taken effect: it follows the recommendation, or its override is confirmed. */
export const inEffect = (d: Pick<CheckpointDecisionRecord, 'override' | 'confirmedBy'>): boolean =>
  !d.override || d.confirmedBy !== undefined;

/**
 * Whether a new decision may replace this one: nothing is decided, the decision in effect is a hold,
 * or an override still waits for its confirmation. A go or no-go in effect stands (a later checkpoint
 * decides again).
 */
export const decidable = (d: CheckpointDecisionRecord | null): boolean =>
  d === null || !inEffect(d) || d.verdict === 'hold';

/** Whether results may still be recorded: nothing is decided, or the decision in effect is a hold. */
export const measurable = (d: CheckpointDecisionRecord | null): boolean =>
  d === null || (inEffect(d) && d.verdict === 'hold');

/** Whether a no-go in effect still lacks its rollback issue. */
export const needsRollback = (d: CheckpointDecisionRecord | null | undefined): boolean =>
  !!d && d.verdict === 'no-go' && inEffect(d) && d.rollbackIssueKey === undefined;

function criterionView(c: SuccessCriterion, judged: { outcome: CheckpointCriterionView['outcome']; detail: string }) {
  return { ...c, outcome: judged.outcome, detail: judged.detail } as CheckpointCriterionView;
}

const labelOf = (c: SuccessCriterion | undefined): string | null =>
  c === undefined ? null : c.kind === 'metric' ? c.kpiName : c.statement;

function decisionView(d: CheckpointDecisionRecord): CheckpointDecisionView {
  const missing = needsRollback(d);
  return {
    verdict: d.verdict,
    recommended: d.recommended,
    override: d.override,
    rationale: d.rationale,
    decider: { accountId: d.deciderId, displayName: d.deciderName ?? d.deciderId },
    decidedAt: d.decidedAt,
    seq: d.seq,
    state: inEffect(d) ? 'in-effect' : 'awaiting-confirmation',
    confirmedBy: d.confirmedBy ? { accountId: d.confirmedBy, displayName: d.confirmedByName ?? d.confirmedBy } : null,
    confirmedAt: d.confirmedAt ?? null,
    rollback:
      d.verdict !== 'no-go' || !inEffect(d)
        ? null
        : missing
          ? {
              state: 'missing',
              problem: d.rollbackError ?? (d.rollbackClaimedAt ? 'The rollback issue is being created.' : null),
            }
          : { state: 'created', issueKey: d.rollbackIssueKey as string },
  };
}

/** One checkpoint as the panel shows it: criteria with their outcome, the recommendation and why, the decision. */
export function checkpointView(cp: CheckpointRecord, viewer: CheckpointViewer): CheckpointView {
  const recommendation = recommendVerdict(cp.criteria);
  const criteria = cp.criteria.map((c, i) => criterionView(c, recommendation.judgements[i]!));
  const d = cp.decision;
  return {
    id: cp.id,
    name: cp.name,
    dueDate: cp.dueDate,
    rollbackProcedure: cp.rollbackProcedure,
    criteria,
    recommendation: {
      verdict: recommendation.verdict,
      decidedBy: recommendation.decidedBy,
      decidedByLabel: labelOf(cp.criteria.find((c) => c.id === recommendation.decidedBy)),
      explanation: recommendation.explanation,
    },
    decision: d ? decisionView(d) : null,
    can: {
      edit: viewer.canEdit && d === null,
      measure: viewer.canEdit && measurable(d),
      decide: viewer.isCsiAdmin && decidable(d),
      confirm: viewer.isCsiAdmin && d !== null && !inEffect(d) && d.deciderId !== viewer.accountId,
      completeRollback: viewer.isCsiAdmin && needsRollback(d),
    },
  };
}

/** The checkpoints part of the panel, in due-date order. */
export function checkpointsView(pilot: PilotRecord | undefined, viewer: CheckpointViewer): CheckpointsView {
  const checkpoints = [...(pilot?.checkpoints ?? [])].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return {
    items: checkpoints.map((cp) => checkpointView(cp, viewer)),
    latestVerdict: latestVerdict(checkpoints.flatMap((cp) => (cp.decision ? [cp.decision] : []))),
    canAdd: viewer.canEdit && checkpoints.length < PILOT_LIMITS.checkpoints,
    limits: { checkpoints: PILOT_LIMITS.checkpoints, criteriaPerCheckpoint: PILOT_LIMITS.criteriaPerCheckpoint },
  };
}
