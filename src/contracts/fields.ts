import { z } from 'zod';

/** Shared field schemas: bounded, trimmed text so oversize strings are refused at the edge. */
export const text = (max: number) => z.string().trim().max(max, `Must be at most ${max} characters`);
export const requiredText = (max: number) => text(max).min(1, 'Required');

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
  direction: z.enum(['increase', 'decrease'], { message: 'Choose whether the KPI should go up or down' }),
  baseline: z.number({ message: 'Enter a number' }),
  expected: z.number({ message: 'Enter a number' }),
  thresholdPct: z.number().min(0).max(1000).nullable(),
});

export const criterionInputSchema = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, 'Use 1-40 lower-case letters, digits or dashes, starting with a letter'),
  name: requiredText(100),
  description: text(1000),
  direction: z.enum(['benefit', 'cost'], { message: 'Choose benefit or cost' }),
  weight: z.number({ message: 'Enter a number' }),
  levels: z.array(text(300)).length(5, 'Give exactly five level descriptions'),
});

export const scoringConfigInputSchema = z.strictObject({
  criteria: z.array(criterionInputSchema).max(50),
  quickWin: z.strictObject({
    maxEffort: z.number().int().min(1).max(5),
    maxDurationDays: z.number().int().min(1).max(3650),
  }),
  transformational: z.strictObject({
    minEffort: z.number().int().min(1).max(5),
    minDurationDays: z.number().int().min(1).max(3650),
  }),
  balanceBand: z.strictObject({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) }),
  mviThresholdPct: z.number().min(0).max(1000),
  effortCriterionKey: z.string().max(40),
  /** Issue type NAMES (the issue panel's context names the issue's type), e.g. `['Improvement']`. */
  enabledIssueTypes: z.array(text(60)).max(50),
});

export type ScoringConfigInput = z.infer<typeof scoringConfigInputSchema>;

export const cursorSchema = z.string().max(2000).optional();
