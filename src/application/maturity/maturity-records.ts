import * as z from 'zod';
import {
  AUTOMATIC_CHECKS,
  CAPABILITY_LEVELS,
  MATURITY_DIMENSIONS,
  MATURITY_LIMITS,
  RATINGS,
} from '../../domain/maturity/maturity.vocabulary';

/*
 * The maturity assessment's stored records (issue 12), parsed on every read: stored data is
 * untrusted input. Five kinds: the settings (the model in force and the named assessors), an
 * assessment's header per period, one record of ratings per assessor and period, a small summary
 * per submitted period (all that history and trends read), and the Jira issues made for its gaps.
 */

const userRef = z.object({ accountId: z.string(), displayName: z.string() });
const quarter = z.string().regex(/^\d{4}-Q[1-4]$/);
const rating = z.enum(RATINGS);
const dimension = z.enum(MATURITY_DIMENSIONS);
const levelNumber = z.number().int().min(0).max(CAPABILITY_LEVELS.length);

/** A maturity model as stored: the shape of the domain's `MaturityModel` (validated when it was saved). */
export const maturityModelSchema = z.object({
  version: z.number().int().min(1),
  dimensions: z.array(
    z.object({
      dimension,
      levels: z.array(
        z.object({
          level: z.literal(CAPABILITY_LEVELS),
          criteria: z.array(
            z.object({ id: z.string(), text: z.string(), automaticCheck: z.enum(AUTOMATIC_CHECKS).optional() }),
          ),
        }),
      ),
    }),
  ),
});

/** One assessor's rating of one criterion, as the domain's `checkRating` accepted it. */
export const assessorRatingSchema = z.object({
  criterionId: z.string(),
  rating,
  evidence: z.array(z.string()),
  comment: z.string(),
  automatic: z.object({ proposed: rating, overrideReason: z.string().optional() }).optional(),
});

/**
 * The maturity settings, one record: the model in force (each save is the next version), the
 * accounts a CSI admin named as assessors besides the CSI admins, and who changed them last.
 * `revision` counts writes (the store moves it); absent until the first save, when the default
 * model (version 1) is in force and nobody is named.
 */
export const maturitySettingsSchema = z.object({
  model: maturityModelSchema,
  assessors: z.array(z.string()).max(MATURITY_LIMITS.assessors),
  changedBy: userRef.nullable(),
  changedAt: z.string().nullable(),
  revision: z.number().int(),
});

/** The states of an assessment: open for ratings, then submitted and frozen. */
export const ASSESSMENT_STATES = ['draft', 'submitted'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

/**
 * An assessment's header, one per period (a quarter): the model it is made with (a copy of the
 * version in force when its first rating was saved), who has rated so far, and once submitted, by
 * whom and when, and the decision-log entry that records it (`seq`, null while that entry is still
 * to be appended under `decisionKey`). The ratings are kept per assessor (`AssessorRatingsRecord`).
 */
export const assessmentRecordSchema = z.object({
  period: quarter,
  modelVersion: z.number().int().min(1),
  model: maturityModelSchema,
  state: z.enum(ASSESSMENT_STATES),
  /** The accounts with a ratings record for the period, in the order they first rated. */
  raters: z.array(z.string()),
  createdAt: z.string(),
  createdBy: userRef,
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  submittedBy: userRef.nullable(),
  seq: z.number().int().nullable(),
  /** The request key the decision-log entry is appended with, so it is appended once. */
  decisionKey: z.string().nullable(),
  revision: z.number().int(),
});

/** One assessor's ratings of a period, by criterion id. */
export const assessorRatingsRecordSchema = z.object({
  period: quarter,
  accountId: z.string(),
  ratings: z.record(z.string(), assessorRatingSchema),
  updatedAt: z.string(),
  revision: z.number().int(),
});

/**
 * What a submitted period found, small (about 1 KB): written with the submission, never changed;
 * the only record history, trends and stagnation read, so they cost one query however many
 * criteria and assessors there were.
 */
export const periodSummarySchema = z.object({
  period: quarter,
  modelVersion: z.number().int().min(1),
  submittedAt: z.string(),
  submittedBy: userRef,
  levels: z.record(dimension, levelNumber),
  organisation: z.object({ level: levelNumber, mean: z.number().min(0).max(CAPABILITY_LEVELS.length) }),
  /** The dimensions whose level had not risen for two consecutive quarters when it was submitted. */
  stagnating: z.array(dimension),
  /** Each dimension's improvement opportunities: the unachieved criteria of its next level. */
  gaps: z.record(dimension, z.array(z.string())),
});

/**
 * The Jira issues made for a period's gaps, by criterion id; why Jira refused one the last time;
 * and when a call claimed the creation (so two calls at once create each issue once).
 */
export const gapIssuesRecordSchema = z.object({
  period: quarter,
  links: z.record(z.string(), z.string()),
  errors: z.record(z.string(), z.string()),
  claimedAt: z.string().nullable(),
  revision: z.number().int(),
});

export type MaturitySettings = z.infer<typeof maturitySettingsSchema>;
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;
export type AssessorRatingsRecord = z.infer<typeof assessorRatingsRecordSchema>;
export type PeriodSummary = z.infer<typeof periodSummarySchema>;
export type GapIssuesRecord = z.infer<typeof gapIssuesRecordSchema>;
export type StoredAssessorRating = z.infer<typeof assessorRatingSchema>;

/**
 * An assessment as the use cases read it: its header with every assessor's ratings,
 * `ratings[accountId][criterionId]` (see `MaturityStorePort.readAssessment`).
 */
export type Assessment = AssessmentRecord & { ratings: Record<string, Record<string, StoredAssessorRating>> };
