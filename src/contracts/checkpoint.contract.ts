import * as z from 'zod/mini';
import { CRITERION_PRIORITIES, MANUAL_JUDGEMENTS } from '../domain/checkpoints/checkpoint.vocabulary';
import type { CriterionOutcome, CriterionPriority, ManualJudgement } from '../domain/checkpoints/checkpoint.vocabulary';
import type { CheckpointVerdict } from '../domain/decision-log/decision.vocabulary';
import type { KpiDirection } from '../domain/shared/kpi-direction.vocabulary';
import { INPUT_RANGES } from '../domain/shared/input-ranges';
import { defineCall } from './call';
import { KPI_DIRECTIONS, numberInRange, patternText, requiredText, VERDICTS } from './fields';
import type { PanelData } from './issue-panel.contract';
import type { UserRef } from './views';

/*
 * Go / no-go checkpoints on the issue panel (issue 10 item 2, domain.md section 2). Every write
 * answers the whole panel, like the panel's other writes, and names a client request id (required:
 * a decision's log entry and its rollback issue must never be made twice).
 */

/**
 * The longest texts and most items the calls take: the domain's CHECKPOINT_LIMITS and the pilot
 * record's PILOT_LIMITS (a contract may not import them; checkpoint-limits.test.ts keeps them equal).
 */
export const CHECKPOINT_INPUT_LIMITS = {
  id: 100,
  name: 200,
  kpiName: 200,
  statement: 1000,
  rollback: 4000,
  rationale: 4000,
  criteriaPerCheckpoint: 10,
  checkpoints: 12,
} as const;
const CHECKPOINT_LIMITS = CHECKPOINT_INPUT_LIMITS;
const PILOT_LIMITS = CHECKPOINT_INPUT_LIMITS;

/** A client request id, required on every checkpoint write (see src/contracts/request-id.ts). */
const requestId = z
  .string({ error: 'Required' })
  .check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'A request id is 8 to 64 letters, digits, - or _'));

/** Ids the app hands out (checkpoints, criteria): letters, digits, - and _. */
const idText = patternText(CHECKPOINT_LIMITS.id, /^[A-Za-z0-9_-]+$/, 'Use letters, digits, - or _');

const priority = z.enum(CRITERION_PRIORITIES, { error: 'Choose must or should' });
const measuredValue = z.nullable(numberInRange(INPUT_RANGES.kpiExpected));

/** A metric criterion: a KPI, its baseline, the change required (% of the baseline) and the measured value. */
const metricInput = z.strictObject({
  id: z.optional(idText),
  kind: z.literal('metric'),
  priority,
  kpiName: requiredText(CHECKPOINT_LIMITS.kpiName),
  direction: z.enum(KPI_DIRECTIONS, { error: 'Choose whether the KPI should go up or down' }),
  baseline: numberInRange(INPUT_RANGES.kpiBaseline),
  requiredChangePct: numberInRange(INPUT_RANGES.mviThresholdPct),
  measured: z.optional(measuredValue),
});

/** A manual statement a person judges. */
const manualInput = z.strictObject({
  id: z.optional(idText),
  kind: z.literal('manual'),
  priority,
  statement: requiredText(CHECKPOINT_LIMITS.statement),
  judgement: z.optional(z.enum(MANUAL_JUDGEMENTS, { error: 'Use met, not-met or not-judged' })),
});

export const criterionInputSchema = z.discriminatedUnion('kind', [metricInput, manualInput], {
  error: 'Unknown kind: use metric or manual',
});

export type CheckpointCriterionInput = z.input<typeof criterionInputSchema>;

/** One measurement or judgement: a metric's measured value (null: not measured) or a statement's judgement. */
const resultInput = z.union(
  [
    z.strictObject({ criterionId: idText, measured: measuredValue }),
    z.strictObject({
      criterionId: idText,
      judgement: z.enum(MANUAL_JUDGEMENTS, { error: 'Use met, not-met or not-judged' }),
    }),
  ],
  { error: 'Give a measured value for a metric or a judgement for a statement' },
);

const panel = defineCall<PanelData>();

export const checkpointCalls = {
  /** Adds a checkpoint (no `id`) or edits an undecided one; editors of the issue. */
  save: panel(
    'checkpoint.save',
    z.strictObject({
      id: z.optional(idText),
      name: requiredText(CHECKPOINT_LIMITS.name),
      dueDate: patternText(10, /^\d{4}-\d{2}-\d{2}$/, 'Use a real date like 2026-01-31'),
      criteria: z
        .array(criterionInputSchema)
        .check(
          z.minLength(1, 'Add at least one success criterion'),
          z.maxLength(
            PILOT_LIMITS.criteriaPerCheckpoint,
            `Give at most ${PILOT_LIMITS.criteriaPerCheckpoint} criteria`,
          ),
        ),
      rollbackProcedure: requiredText(CHECKPOINT_LIMITS.rollback),
      requestId,
    }),
  ),
  /** Records measured values and judgements of an undecided (or held) checkpoint's criteria; editors. */
  measure: panel(
    'checkpoint.measure',
    z.strictObject({
      checkpointId: idText,
      results: z
        .array(resultInput)
        .check(
          z.minLength(1, 'Record at least one result'),
          z.maxLength(PILOT_LIMITS.criteriaPerCheckpoint, `Give at most ${PILOT_LIMITS.criteriaPerCheckpoint}`),
        ),
      requestId,
    }),
  ),
  /** Records go / no-go / hold with a rationale; CSI admins. */
  decide: panel(
    'checkpoint.decide',
    z.strictObject({
      checkpointId: idText,
      verdict: z.enum(VERDICTS, { error: 'Choose go, no-go or hold' }),
      rationale: requiredText(CHECKPOINT_LIMITS.rationale),
      requestId,
    }),
  ),
  /** Confirms another CSI admin's override, which then takes effect; CSI admins other than the decider. */
  confirm: panel('checkpoint.confirm', z.strictObject({ checkpointId: idText, requestId })),
  /** Creates a no-go's rollback issue that is still missing (Jira refused it, or a call died); CSI admins. */
  completeRollback: panel('checkpoint.completeRollback', z.strictObject({ checkpointId: idText, requestId })),
};

/** One criterion as the panel shows it, with its evaluation. */
export type CheckpointCriterionView = {
  id: string;
  priority: CriterionPriority;
  outcome: CriterionOutcome;
  /** The sentence that explains the outcome (domain `judgeCriterion`). */
  detail: string;
} & (
  | {
      kind: 'metric';
      kpiName: string;
      direction: KpiDirection;
      baseline: number;
      requiredChangePct: number;
      measured: number | null;
    }
  | { kind: 'manual'; statement: string; judgement: ManualJudgement }
);

/** The no-go's rollback issue: created (with its key), or not yet (with why, when Jira refused). */
export type RollbackView = { state: 'created'; issueKey: string } | { state: 'missing'; problem: string | null };

export interface CheckpointDecisionView {
  verdict: CheckpointVerdict;
  recommended: CheckpointVerdict;
  override: boolean;
  rationale: string;
  decider: UserRef;
  decidedAt: string;
  seq: number;
  /** An override waits for a second CSI admin; until then it has no effect. */
  state: 'in-effect' | 'awaiting-confirmation';
  confirmedBy: UserRef | null;
  confirmedAt: string | null;
  /** Only for a no-go in effect. */
  rollback: RollbackView | null;
}

export interface CheckpointView {
  id: string;
  name: string;
  dueDate: string;
  rollbackProcedure: string;
  criteria: CheckpointCriterionView[];
  /** The domain's recommendation and which criterion decided it (`decidedBy`, with its label). */
  recommendation: {
    verdict: CheckpointVerdict;
    decidedBy: string | null;
    decidedByLabel: string | null;
    explanation: string;
  };
  decision: CheckpointDecisionView | null;
  /** What this viewer may do on this checkpoint now. */
  can: { edit: boolean; measure: boolean; decide: boolean; confirm: boolean; completeRollback: boolean };
}

/** The checkpoints part of the panel's pilot (PilotView.checkpoints). */
export interface CheckpointsView {
  items: CheckpointView[];
  /** The verdict in effect for the lifecycle and the gate (domain `latestVerdict`). */
  latestVerdict: CheckpointVerdict | null;
  canAdd: boolean;
  limits: { checkpoints: number; criteriaPerCheckpoint: number };
}
