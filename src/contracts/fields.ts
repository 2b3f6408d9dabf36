import * as z from 'zod/mini';
import { checkText, hasVisibleText, TEXT_MESSAGES, type TextRule } from '../domain/shared/check-text';
import { INPUT_RANGES } from '../domain/shared/input-ranges';
import { KPI_DIRECTIONS } from '../domain/shared/kpi-direction.vocabulary';
import { CRITERION_DIRECTIONS } from '../domain/scoring/criterion-direction.vocabulary';
import { inRange, rangeMessage, type NumberRange } from '../domain/shared/number-range';

/*
 * The contracts use zod's tree-shakable "mini" build: the Custom UI bundles these schemas to check a
 * payload before it calls, and the mini build keeps that cost small in every surface.
 */

/**
 * THE text field: trimmed, at most `max` characters, never a NUL character or a lone surrogate, and,
 * when `required`, with at least one visible character (zero-width characters, byte-order marks,
 * bidi controls and other invisible characters do not fill it). The rule is `checkText`, shared with
 * the domain validators; every text of every contract is built here.
 */
const textField = (rule: TextRule) =>
  z.string({ error: rule.required ? 'Required' : 'Enter text' }).check(
    z.trim(),
    z.refine((v) => checkText(v, rule) === null, {
      error: (issue) => checkText(String(issue.input), rule) ?? TEXT_MESSAGES.required,
      abort: true,
    }),
    // An optional text with nothing visible is empty: a zero-width space is not a "revisit if".
    z.overwrite((v) => (hasVisibleText(v) ? v : '')),
  );

/** Bounded, trimmed text that may be empty, and is when nothing in it is visible (NUL and lone surrogates are refused). */
export const text = (max: number) => textField({ max, required: false });
/** Bounded, trimmed text with visible characters (see `checkText`). */
export const requiredText = (max: number) => textField({ max, required: true });
/** Bounded text that also matches `pattern` (keys, ids, dates), refused with `message` otherwise. */
export const patternText = (max: number, pattern: RegExp, message: string) =>
  textField({ max, required: false }).check(z.regex(pattern, message));

/** A number inside `range`; every failure (NaN, Infinity, a string of digits, out of range) states the range. */
export const numberInRange = (range: NumberRange) => {
  const message = rangeMessage(range);
  return z.number({ error: message }).check(z.refine((v) => inRange(v, range), { error: message }));
};
/** A whole number from `min` to `max`. */
export const wholeIn = (min: number, max: number) => numberInRange({ min, max, whole: true });
/** A number from `min` to `max`. */
export const numberIn = (min: number, max: number) => numberInRange({ min, max });
/** At most `max` items. */
export const listOf = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(z.maxLength(max, `Give at most ${max}`));

// The vocabularies are declared once, in the domain, and shared with the UI through this module.
export {
  DECISION_TYPES,
  OVERRIDDEN,
  PIR_OUTCOMES,
  REASON_CATEGORIES,
  VERDICTS,
} from '../domain/decision-log/decision.vocabulary';
export { RAGS } from '../domain/progress/rag.vocabulary';
export { INITIATIVE_CLASSES as CLASSES } from '../domain/scoring/initiative-class.vocabulary';
export { CRITERION_DIRECTIONS, KPI_DIRECTIONS };

/** A criterion key: `/^[a-z][a-z0-9-]{0,39}$/`. */
export const criterionKey = patternText(
  40,
  /^[a-z][a-z0-9-]{0,39}$/,
  'Use 1-40 lower-case letters, digits or dashes, starting with a letter',
);

export const kpiPlanSchema = z.strictObject({
  name: requiredText(120),
  direction: z.enum(KPI_DIRECTIONS, { error: 'Choose whether the KPI should go up or down' }),
  baseline: numberInRange(INPUT_RANGES.kpiBaseline),
  expected: numberInRange(INPUT_RANGES.kpiExpected),
  thresholdPct: z.nullable(numberInRange(INPUT_RANGES.mviThresholdPct)),
});

export const criterionInputSchema = z.strictObject({
  key: criterionKey,
  name: requiredText(100),
  description: text(1000),
  direction: z.enum(CRITERION_DIRECTIONS, { error: 'Choose benefit or cost' }),
  weight: numberInRange(INPUT_RANGES.weight),
  levels: z.array(requiredText(300)).check(z.length(5, 'Give exactly five level descriptions')),
});

export const scoringConfigInputSchema = z.strictObject({
  criteria: listOf(criterionInputSchema, 20),
  quickWin: z.strictObject({
    maxEffort: numberInRange(INPUT_RANGES.effortThreshold),
    maxDurationDays: numberInRange(INPUT_RANGES.durationDays),
  }),
  transformational: z.strictObject({
    minEffort: numberInRange(INPUT_RANGES.effortThreshold),
    minDurationDays: numberInRange(INPUT_RANGES.durationDays),
  }),
  balanceBand: z.strictObject({
    min: numberInRange(INPUT_RANGES.bandPct),
    max: numberInRange(INPUT_RANGES.bandPct),
  }),
  mviThresholdPct: numberInRange(INPUT_RANGES.mviThresholdPct),
  effortCriterionKey: criterionKey,
  /** Issue type NAMES (the issue panel's context names the issue's type), e.g. `['Improvement']`. */
  enabledIssueTypes: listOf(requiredText(60), 50),
});

export type ScoringConfigInput = z.infer<typeof scoringConfigInputSchema>;

/** An opaque paging cursor the app handed out (still text: NUL and lone surrogates are refused). */
export const cursorSchema = z.optional(text(2000));
