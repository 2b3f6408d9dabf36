import type { ErrorCode } from '../../contracts/envelope';
import type { RatingErrorCode, SubmissionError } from '../../domain/maturity/assessment-ratings';
import type { MaturityModelErrorCode } from '../../domain/maturity/maturity-model';
import { err, type DomainError, type Result } from '../../domain/result';

/** The specific reasons the maturity use cases refuse a call, each with its own message. */
export type MaturityReason =
  | 'NOT_AN_ASSESSOR'
  | 'NOT_A_CSI_ADMIN'
  | 'INVALID_PERIOD'
  | 'FUTURE_PERIOD'
  | 'UNKNOWN_CRITERION'
  | RatingErrorCode
  | 'ASSESSMENT_SUBMITTED'
  | 'MODEL_VERSION_MOVED'
  | 'NO_ASSESSMENT'
  | SubmissionError['code']
  | 'ALREADY_SUBMITTED'
  | MaturityModelErrorCode
  | 'MODEL_CHANGED'
  | 'NOTHING_CHANGED'
  | 'INVALID_ACCOUNT_ID'
  | 'TOO_MANY_ASSESSORS'
  | 'NOT_SUBMITTED'
  | 'NO_GAPS_SELECTED'
  | 'NOT_A_GAP'
  | 'GAP_ISSUES_IN_FLIGHT';

/**
 * Why a maturity use case refused: a resolver error code (so the envelope passes it on), the
 * specific `reason` (a domain code such as `INVALID_RATING`, or one of this layer's), a message for
 * the person and, for input, messages keyed by the payload's field paths.
 */
export interface MaturityRefusal extends DomainError {
  code: ErrorCode;
  reason: MaturityReason;
}

/** What a maturity use case answers. */
export type MaturityResult<T> = Result<T, MaturityRefusal>;

/**
 * A refusal as a result value.
 *
 * @example
 * refuse('FORBIDDEN', 'NOT_AN_ASSESSOR', 'Only assessors rate criteria.');
 */
export function refuse(
  code: ErrorCode,
  reason: MaturityReason,
  message: string,
  fieldErrors?: Record<string, string[]>,
): Result<never, MaturityRefusal> {
  return err(fieldErrors ? { code, reason, message, fieldErrors } : { code, reason, message });
}

/** A domain validator's error (`checkRating`, `validateMaturityModel`, `checkSubmission`) as invalid input. */
export function invalidInput(
  error: { code: MaturityReason; message: string; fieldErrors?: Record<string, string[]> },
  prefix = '',
): Result<never, MaturityRefusal> {
  const fieldErrors =
    error.fieldErrors && Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [`${prefix}${k}`, v]));
  return refuse('INVALID_INPUT', error.code, error.message, fieldErrors);
}
