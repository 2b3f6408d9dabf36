import type { FieldErrorCollector } from '../shared/field-errors';
import type { DecisionDraft, DecisionPayloads, DecisionType } from './decision-entry';

import { CAPABILITY_LEVELS, MATURITY_DIMENSIONS } from '../maturity/maturity.vocabulary';
import { isQuarter } from '../maturity/quarter';
import { OVERRIDDEN, PIR_OUTCOMES as OUTCOMES, REASON_CATEGORIES as REASONS, VERDICTS } from './decision.vocabulary';

const filled = (v: unknown, max = 500): boolean => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
const optional = (v: unknown, max = 500): boolean => v === undefined || filled(v, max);
const oneOf = (v: unknown, values: readonly string[]): boolean => typeof v === 'string' && values.includes(v);
const texts = (v: unknown, maxItems = 50): boolean =>
  Array.isArray(v) && v.length <= maxItems && v.every((t) => filled(t));
const levelOrZero = (v: unknown): boolean => v === 0 || CAPABILITY_LEVELS.includes(v as never);
const seqUpTo = (v: unknown, last: number): boolean =>
  Number.isInteger(v) && (v as number) >= 1 && (v as number) <= last;

type Check<K extends DecisionType> = (p: DecisionPayloads[K], lastSeq: number) => Array<[string, boolean, string]>;
type Checks = { [K in DecisionType]: Check<K> };

const CHECKS: Checks = {
  'proposal-rejected': (p) => [['reasonCategory', oneOf(p.reasonCategory, REASONS), 'Choose a reason category']],
  'checkpoint-decision': (p) => [
    ['checkpointId', filled(p.checkpointId, 200), 'Required'],
    ['checkpointName', filled(p.checkpointName, 200), 'Required'],
    ['verdict', oneOf(p.verdict, VERDICTS), 'Must be go, no-go or hold'],
    ['recommended', oneOf(p.recommended, VERDICTS), 'Must be go, no-go or hold'],
    ['override', p.override === (p.verdict !== p.recommended), 'Must be true exactly when the verdict differs'],
  ],
  override: (p) => [
    ['overridden', oneOf(p.overridden, OVERRIDDEN), 'Say what was overridden'],
    ['recommended', filled(p.recommended), 'Required'],
    ['decided', filled(p.decided), 'Required'],
    ['referenceId', optional(p.referenceId, 200), 'Must be non-empty when given'],
  ],
  pause: (p) => [['trigger', optional(p.trigger), 'Must be non-empty when given']],
  terminate: (p) => [['trigger', optional(p.trigger), 'Must be non-empty when given']],
  resume: (p, last) => [
    ['pausedSeq', p.pausedSeq === undefined || seqUpTo(p.pausedSeq, last), 'Must be an earlier entry'],
  ],
  'scoring-config-changed': (p) => [
    ['toVersion', Number.isInteger(p.toVersion) && p.toVersion >= 1, 'Must be a whole number of 1 or more'],
    [
      'fromVersion',
      p.fromVersion === null || (Number.isInteger(p.fromVersion) && p.fromVersion >= 1 && p.fromVersion < p.toVersion),
      'Must be null or an earlier version',
    ],
    ['changes', texts(p.changes), 'List the changes as non-empty lines'],
  ],
  'pir-completed': (p) => [
    ['pirId', filled(p.pirId, 200), 'Required'],
    ['outcome', oneOf(p.outcome, OUTCOMES), 'Must be met, partly-met or not-met'],
    ['residualRisks', texts(p.residualRisks), 'List residual risks as non-empty lines'],
  ],
  correction: (p, last) => [['correctsSeq', seqUpTo(p.correctsSeq, last), 'Must be the seq of an existing entry']],
  reopen: (p) => [['fromStage', oneOf(p.fromStage, ['rejected', 'terminated']), 'Must be rejected or terminated']],
  'maturity-assessed': (p) => [
    ['period', typeof p.period === 'string' && isQuarter(p.period), 'Must be a quarter such as 2026-Q3'],
    ['modelVersion', Number.isInteger(p.modelVersion) && p.modelVersion >= 1, 'Must be a whole number of 1 or more'],
    [
      'levels',
      typeof p.levels === 'object' &&
        p.levels !== null &&
        Object.keys(p.levels).length === MATURITY_DIMENSIONS.length &&
        MATURITY_DIMENSIONS.every((d) => levelOrZero(p.levels[d])),
      'Give every dimension a level from 0 to 5',
    ],
    ['organisationLevel', levelOrZero(p.organisationLevel), 'Must be a level from 0 to 5'],
    [
      'organisationMean',
      typeof p.organisationMean === 'number' && p.organisationMean >= 0 && p.organisationMean <= 5,
      'Must be a number from 0 to 5',
    ],
    [
      'stagnating',
      Array.isArray(p.stagnating) && p.stagnating.every((d) => oneOf(d, MATURITY_DIMENSIONS)),
      'List dimensions only',
    ],
    ['assessors', texts(p.assessors) && p.assessors.length >= 1, 'Name at least one assessor'],
  ],
};

/**
 * Adds to `errors` (under `payload.<field>`) every broken rule of the draft's type-specific payload.
 * `lastSeq` is the log head's seq: a correction or a resume may only point at an existing entry.
 * A helper of `validateDecisionDraft`.
 *
 * @example
 * checkDecisionPayload({ ...draft, type: 'correction', payload: { correctsSeq: 9 } }, 3, errors); // payload.correctsSeq
 */
export function checkDecisionPayload(draft: DecisionDraft, lastSeq: number, errors: FieldErrorCollector): void {
  const check = CHECKS[draft.type] as Check<DecisionType> | undefined;
  if (!errors.check(check !== undefined, 'type', 'Unknown decision type')) return;
  const payload = draft.payload as DecisionPayloads[DecisionType] | undefined;
  if (!errors.check(typeof payload === 'object' && payload !== null, 'payload', 'Required')) return;
  for (const [field, valid, message] of (check as Check<DecisionType>)(payload as never, lastSeq)) {
    errors.check(valid, `payload.${field}`, message);
  }
}
