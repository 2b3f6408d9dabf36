import * as z from 'zod';
import { CRITERION_PRIORITIES, MANUAL_JUDGEMENTS } from '../../domain/checkpoints/checkpoint.vocabulary';
import { VERDICTS } from '../../domain/decision-log/decision.vocabulary';
import { KPI_DIRECTIONS } from '../../domain/shared/kpi-direction.vocabulary';

/**
 * A stored checkpoint of a pilot: the domain's `Checkpoint` (domain/checkpoints/checkpoint.ts) and,
 * once decided, its decision with the decision-log entry it landed as and the rollback issue a
 * no-go created. Parsed on every read (stored data is untrusted input).
 */
const criterionBase = { id: z.string(), priority: z.enum(CRITERION_PRIORITIES) };

export const successCriterionSchema = z.discriminatedUnion('kind', [
  z.object({
    ...criterionBase,
    kind: z.literal('metric'),
    kpiId: z.string(),
    kpiName: z.string(),
    direction: z.enum(KPI_DIRECTIONS),
    baseline: z.number(),
    requiredChangePct: z.number(),
    measured: z.number().nullable(),
  }),
  z.object({
    ...criterionBase,
    kind: z.literal('manual'),
    statement: z.string(),
    judgement: z.enum(MANUAL_JUDGEMENTS),
  }),
]);

export const checkpointDecisionSchema = z.object({
  checkpointId: z.string(),
  verdict: z.enum(VERDICTS),
  rationale: z.string(),
  deciderId: z.string(),
  recommended: z.enum(VERDICTS),
  override: z.boolean(),
  decidedAt: z.string(),
  confirmedBy: z.string().optional(),
  confirmedAt: z.string().optional(),
  /** The decider's display name when they decided, for the panel. */
  deciderName: z.string().optional(),
  confirmedByName: z.string().optional(),
  /** The decision-log entry the decision landed as. */
  seq: z.number().int(),
  /** The decision-log entry (type override) the confirmation landed as. */
  confirmSeq: z.number().int().optional(),
  /** The Jira issue a no-go created for the rollback work, once it exists. */
  rollbackIssueKey: z.string().optional(),
  /**
   * When a call claimed the creation of the rollback issue (cleared when Jira refused it): a second
   * call seeing a fresh claim does not create another issue; a stale one (the first call died between
   * the create and storing the key) is taken over.
   */
  rollbackClaimedAt: z.string().optional(),
  /** Why the last attempt to create the rollback issue failed, for the panel. */
  rollbackError: z.string().optional(),
});

export const checkpointRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  dueDate: z.string(),
  criteria: z.array(successCriterionSchema),
  rollbackProcedure: z.string(),
  decision: checkpointDecisionSchema.nullable().default(null),
});

export type CheckpointRecord = z.infer<typeof checkpointRecordSchema>;
export type CheckpointDecisionRecord = z.infer<typeof checkpointDecisionSchema>;
