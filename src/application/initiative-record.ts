import * as z from 'zod';
import { pirCopySchema } from './pir/pir-copy';
import { CLASSES, RAGS } from '../contracts/fields';
import { tallyOf } from './scoring/rating-tally';
import { stopCriterionSchema, stopTriggerSchema } from './stop-criteria/stop-criteria-record';
import { VERDICTS } from '../domain/decision-log/decision.vocabulary';
import { LIFECYCLE_STAGES } from '../domain/lifecycle/lifecycle-stage.vocabulary';

/**
 * What the app keeps per initiative (one Jira issue). KVS holds the source of truth; the Jira custom
 * field and issue property are projections of `computed`. Parsed on every read: stored data from
 * older versions is untrusted input.
 */
const userRef = z.object({ accountId: z.string(), displayName: z.string() });

const legacyRater = z.object({
  rater: userRef,
  at: z.string(),
  ratings: z.record(z.string(), z.object({ rating: z.number(), rationale: z.string() })),
});

const computedSchema = z.object({
  score: z.number().nullable(),
  complete: z.boolean(),
  missing: z.array(z.string()),
  breakdown: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      direction: z.enum(['benefit', 'cost']),
      rating: z.number().nullable(),
      weight: z.number(),
      contribution: z.number().nullable(),
    }),
  ),
  initiativeClass: z.enum(CLASSES),
  needsAlignment: z.boolean(),
  disagreements: z.array(
    z.object({ key: z.string(), name: z.string(), min: z.number(), max: z.number(), spread: z.number() }),
  ),
  mvi: z.object({
    status: z.enum(['passed', 'failed', 'missing']),
    kpi: z.string().nullable(),
    improvementPct: z.number().nullable(),
    thresholdPct: z.number().nullable(),
    message: z.string(),
  }),
  configVersion: z.number(),
});

export const progressUpdateSchema = z.object({
  id: z.string(),
  at: z.string(),
  author: userRef,
  whatChanged: z.string(),
  next: z.string(),
  risks: z.string(),
  asks: z.string(),
  rag: z.enum(RAGS),
});

/**
 * Where the initiative stands in its lifecycle (issue 10 item 1), kept by the app: the stage, the
 * stage a pause paused (a resume returns there), since when (ISO), the latest checkpoint verdict in
 * effect, and the Jira status the stage is mapped to (absent: the stage is not mapped, so Jira's
 * status stays where it is). Absent on older records: `lifecycleOf` derives it.
 */
const lifecycleSchema = z.object({
  stage: z.enum(LIFECYCLE_STAGES),
  pausedFrom: z.enum(LIFECYCLE_STAGES).optional(),
  since: z.string(),
  latestVerdict: z.enum(VERDICTS).nullable(),
  jiraStatus: z.string().optional(),
});

const storedRecordSchema = z.object({
  issueId: z.string(),
  issueKey: z.string(),
  projectKey: z.string(),
  summary: z.string(),
  status: z.string(),
  statusCategory: z.string(),
  issueType: z.string(),
  owner: userRef.nullable(),
  /**
   * Raters embedded by versions before the `rating` entity (read, never added to): a rater listed
   * here moves to their own entity when they rate again. The tally below counts them.
   */
  raters: z.array(legacyRater).default([]),
  /** Per criterion, how many raters gave 1..5 (all scoring needs); derived for older records. */
  tally: z.record(z.string(), z.array(z.number().int().min(0)).length(5)).optional(),
  /** Who rated (the latest RATER_SUMMARY_LIMIT), and how many criteria each rated. */
  raterSummaries: z
    .array(
      z.object({
        rater: userRef,
        at: z.string(),
        rated: z.number().int(),
        /** The rater's ratings without rationales (the grid shows them per row). */
        ratings: z.record(z.string(), z.number()).default({}),
      }),
    )
    .optional(),
  /** How many people rated, whether or not they are in `raterSummaries`. */
  raterCount: z.number().int().optional(),
  plan: z.object({
    plannedDurationDays: z.number().nullable(),
    kpi: z
      .object({
        name: z.string(),
        direction: z.enum(['increase', 'decrease']),
        baseline: z.number(),
        expected: z.number(),
        thresholdPct: z.number().nullable(),
      })
      .nullable(),
  }),
  kpiCurrent: z.number().nullable().default(null),
  computed: computedSchema,
  history: z.array(z.object({ at: z.string(), actor: userRef, change: z.string(), score: z.number().nullable() })),
  rejection: z
    .object({ seq: z.number(), reasonCategory: z.string(), rationale: z.string(), at: z.string(), actor: userRef })
    .nullable(),
  latestUpdate: progressUpdateSchema.nullable(),
  latestCheckpoint: z.string().nullable().default(null),
  /** The latest decisions about this initiative, newest first (a copy; the log is the record). */
  decisions: z
    .array(z.object({ seq: z.number(), type: z.string(), summary: z.string(), at: z.string(), actor: userRef }))
    .default([]),
  openActions: z.number().default(0),
  /** Its post-implementation review as the lists need it (issue 11 item 5); null before one is attached. */
  pir: pirCopySchema.nullable().default(null),
  /** The pause / terminate criteria it declared (issue 10 item 4), and those that fired. */
  stopCriteria: z.array(stopCriterionSchema).default([]),
  triggers: z.array(stopTriggerSchema).default([]),
  /** Projections last written to Jira, so only changed values are written again. */
  projected: z.object({ field: z.number().nullable(), property: z.string() }).nullable().default(null),
  /**
   * The Jira version of the copied facts: the issue's `updated` (epoch ms) and the changelog id of
   * the event they came from (0 for a creation). A product event that is not newer changes nothing,
   * so duplicated and reordered events cannot put older facts back.
   */
  factsVersion: z.object({ updated: z.number(), changelog: z.number() }).optional(),
  /** The lifecycle stage (see `lifecycleSchema`); absent on records written before it existed. */
  lifecycle: lifecycleSchema.optional(),
  revision: z.number().int(),
});

/** Parses a stored record; one written before the `rating` entity gets its tally and rater summaries. */
export const initiativeRecordSchema = storedRecordSchema.transform((r) => ({
  ...r,
  tally: r.tally ?? tallyOf(r.raters),
  raterSummaries:
    r.raterSummaries ??
    r.raters.map((x) => ({
      rater: x.rater,
      at: x.at,
      rated: Object.keys(x.ratings).length,
      ratings: Object.fromEntries(Object.entries(x.ratings).map(([k, v]) => [k, v.rating])),
    })),
  raterCount: r.raterCount ?? r.raters.length,
}));

export type InitiativeRecord = z.output<typeof initiativeRecordSchema>;
export type RaterRatingsInput = z.infer<typeof legacyRater>;

/** How many raters the record names (the panel says how many more rated). */
export const RATER_SUMMARY_LIMIT = 50;
export type ComputedScore = z.infer<typeof computedSchema>;
export type UserRefRecord = z.infer<typeof userRef>;
export type LifecycleRecord = z.infer<typeof lifecycleSchema>;

/** How many score-history rows an initiative keeps (the panel shows them all). */
export const HISTORY_LIMIT = 30;

/** How many recent decisions an initiative keeps a copy of for its panel. */
export const RECENT_DECISIONS = 10;

/** Paused when the latest pause, resume or termination about it is a pause. */
export function isPaused(record: Pick<InitiativeRecord, 'decisions'>): boolean {
  const latest = record.decisions.find((d) => ['pause', 'resume', 'terminate'].includes(d.type));
  return latest?.type === 'pause';
}

/** Initiatives in a done or rejected state are not active (they leave the portfolio balance). */
export function isActive(record: Pick<InitiativeRecord, 'statusCategory' | 'rejection'>): boolean {
  return record.statusCategory !== 'done' && record.rejection === null;
}

/** The initiative as the subject of a decision-log entry. */
export function decisionSubjectOf(record: Pick<InitiativeRecord, 'issueKey' | 'issueId' | 'projectKey'>) {
  return { issueKey: record.issueKey, issueId: record.issueId, projectKey: record.projectKey };
}
