import { z } from 'zod/mini';

/*
 * The contracts use zod's tree-shakable "mini" build: the Custom UI bundles these schemas to check a
 * payload before it calls, and the mini build keeps that cost small in every surface.
 */

/** Bounded, trimmed text, so oversize strings are refused at the edge. */
export const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, `Must be at most ${max} characters`));
export const requiredText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'Required'), z.maxLength(max, `Must be at most ${max} characters`));

/** A whole number from `min` to `max`. */
export const wholeIn = (min: number, max: number) =>
  z.int({ error: 'Enter a whole number' }).check(z.gte(min), z.lte(max));
/** A number from `min` to `max`. */
export const numberIn = (min: number, max: number) =>
  z.number({ error: 'Enter a number' }).check(z.gte(min), z.lte(max));
/** At most `max` items. */
export const listOf = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max, `Give at most ${max}`));

export const REASON_CATEGORIES = [
  'not-aligned',
  'low-value',
  'duplicate',
  'no-capacity',
  'risk-too-high',
  'superseded',
  'other',
] as const;

export const RAGS = ['red', 'amber', 'green'] as const;
export const VERDICTS = ['go', 'no-go', 'hold'] as const;
export const PIR_OUTCOMES = ['met', 'partly-met', 'not-met'] as const;
export const OVERRIDDEN = ['checkpoint-recommendation', 'gate', 'pause-terminate-trigger'] as const;
export const CLASSES = ['quick-win', 'standard', 'transformational', 'unclassified'] as const;

export const kpiPlanSchema = z.strictObject({
  name: requiredText(120),
  direction: z.enum(['increase', 'decrease'], { error: 'Choose whether the KPI should go up or down' }),
  baseline: z.number({ error: 'Enter a number' }),
  expected: z.number({ error: 'Enter a number' }),
  thresholdPct: z.nullable(numberIn(0, 1000)),
});

export const criterionInputSchema = z.strictObject({
  key: z
    .string()
    .check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'Use 1-40 lower-case letters, digits or dashes, starting with a letter')),
  name: requiredText(100),
  description: text(1000),
  direction: z.enum(['benefit', 'cost'], { error: 'Choose benefit or cost' }),
  weight: z.number({ error: 'Enter a number' }),
  levels: z.array(text(300)).check(z.length(5, 'Give exactly five level descriptions')),
});

export const scoringConfigInputSchema = z.strictObject({
  criteria: listOf(criterionInputSchema, 50),
  quickWin: z.strictObject({ maxEffort: wholeIn(1, 5), maxDurationDays: wholeIn(1, 3650) }),
  transformational: z.strictObject({ minEffort: wholeIn(1, 5), minDurationDays: wholeIn(1, 3650) }),
  balanceBand: z.strictObject({ min: numberIn(0, 100), max: numberIn(0, 100) }),
  mviThresholdPct: numberIn(0, 1000),
  effortCriterionKey: z.string().check(z.maxLength(40)),
  /** Issue type NAMES (the issue panel's context names the issue's type), e.g. `['Improvement']`. */
  enabledIssueTypes: listOf(text(60), 50),
});

export type ScoringConfigInput = z.infer<typeof scoringConfigInputSchema>;

export const cursorSchema = z.optional(z.string().check(z.maxLength(2000)));
