import { err, ok, type Result } from '../result';
import { checkText, hasVisibleText } from '../shared/check-text';
import { checkEvidenceLink } from './evidence-link';
import { collectProblems, type MaturityError, type ProblemCollector } from './maturity-error';
import { CRITERION_ID_PATTERN, type MaturityModel } from './maturity-model';
import { MATURITY_LIMITS, RATINGS, type Rating } from './maturity.vocabulary';

/**
 * One assessor's rating of one criterion: the rating, the evidence links (Jira keys, Confluence pages,
 * web addresses; see `checkEvidenceLink`), a comment (may be empty), and, for a criterion with an
 * automatic check, what the app proposed and why the assessor rated otherwise.
 */
export interface AssessorRating {
  criterionId: string;
  rating: Rating;
  evidence: string[];
  comment: string;
  automatic?: { proposed: Rating; overrideReason?: string };
}

/** The stable codes of `checkRating`. */
export type RatingErrorCode =
  | 'INVALID_CRITERION_ID'
  | 'INVALID_RATING'
  | 'TOO_MANY_EVIDENCE_LINKS'
  | 'INVALID_EVIDENCE_LINK'
  | 'INVALID_COMMENT'
  | 'OVERRIDE_REASON_REQUIRED'
  | 'INVALID_OVERRIDE_REASON';

type Problems = ProblemCollector<RatingErrorCode>;

const isRating = (value: unknown): value is Rating => (RATINGS as readonly unknown[]).includes(value);

function checkEvidence(problems: Problems, input: readonly string[]): string[] {
  const links: readonly unknown[] = Array.isArray(input) ? input : [];
  if (links.length > MATURITY_LIMITS.evidenceLinks) {
    const message = `Give at most ${MATURITY_LIMITS.evidenceLinks} evidence links; this rating has ${links.length}.`;
    problems.add('TOO_MANY_EVIDENCE_LINKS', 'evidence', message);
  }
  return links.map((link, i) => {
    const text = typeof link === 'string' ? link.trim() : '';
    const checked = checkEvidenceLink(text);
    if (!checked.ok) problems.add('INVALID_EVIDENCE_LINK', `evidence.${i}`, checked.error.message);
    return text;
  });
}

function checkAutomatic(problems: Problems, rating: unknown, input: AssessorRating['automatic']) {
  if (input === undefined) return undefined;
  const { proposed } = input;
  if (!isRating(proposed)) {
    problems.add('INVALID_RATING', 'automatic.proposed', 'The proposed rating must be N, P, L or F.');
    return input;
  }
  if (!isRating(rating) || rating === proposed) return { proposed };
  const reason = typeof input.overrideReason === 'string' ? input.overrideReason.trim() : '';
  if (!hasVisibleText(reason)) {
    const message = `You rate this ${rating} where the app proposes ${proposed}: give a reason.`;
    problems.add('OVERRIDE_REASON_REQUIRED', 'automatic.overrideReason', message);
  } else {
    const problem = checkText(reason, { max: MATURITY_LIMITS.reason, required: true });
    if (problem !== null) problems.add('INVALID_OVERRIDE_REASON', 'automatic.overrideReason', problem);
  }
  return { proposed, overrideReason: reason };
}

/**
 * Checks one assessor's rating before it is saved: a criterion id of the model's form, a rating of
 * N, P, L or F, at most `MATURITY_LIMITS.evidenceLinks` evidence links each accepted by
 * `checkEvidenceLink`, a comment within `MATURITY_LIMITS.comment` (it may be empty), and, when the
 * rating differs from the app's automatic proposal, a reason with visible text within
 * `MATURITY_LIMITS.reason` (`OVERRIDE_REASON_REQUIRED` when there is none). A reason given while
 * agreeing with the proposal is dropped. Every problem is reported at once (see `MaturityError`);
 * the accepted rating comes back with its texts and links trimmed.
 *
 * @example
 * checkRating({ criterionId: 'fbk-3-pirs-on-time', rating: 'F', evidence: [], comment: '', automatic: { proposed: 'L' } });
 * // { ok: false, error: { code: 'OVERRIDE_REASON_REQUIRED', message: 'You rate this F where the app proposes L: give a reason.', ... } }
 */
export function checkRating(input: AssessorRating): Result<AssessorRating, MaturityError<RatingErrorCode>> {
  const problems = collectProblems<RatingErrorCode>();
  const { criterionId, rating } = input;
  if (typeof criterionId !== 'string' || !CRITERION_ID_PATTERN.test(criterionId)) {
    problems.add(
      'INVALID_CRITERION_ID',
      'criterionId',
      'Name the criterion by its id (lower case, digits and dashes).',
    );
  }
  if (!isRating(rating)) problems.add('INVALID_RATING', 'rating', 'Rate the criterion N, P, L or F.');
  const evidence = checkEvidence(problems, input.evidence);
  const comment = typeof input.comment === 'string' ? input.comment.trim() : '';
  const problem = checkText(comment, { max: MATURITY_LIMITS.comment, required: false });
  if (problem !== null) problems.add('INVALID_COMMENT', 'comment', problem);
  const automatic = checkAutomatic(problems, rating, input.automatic);
  return problems.result({ criterionId, rating, evidence, comment, ...(automatic ? { automatic } : {}) });
}

/** Why a submission was refused, with the criterion ids concerned in model order. */
export interface SubmissionError {
  code: 'UNRATED_CRITERIA' | 'UNKNOWN_CRITERIA';
  message: string;
  criterionIds: string[];
  fieldErrors: Record<string, string[]>;
}

const listed = (ids: readonly string[]): string =>
  ids.length <= 5 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;

/**
 * Checks that one assessor's ratings are complete before they submit: every criterion of `model` has
 * a valid rating (`UNRATED_CRITERIA`, listing the unrated ids in model order), and no rating is for a
 * criterion the model does not have (`UNKNOWN_CRITERIA`, for instance after the model changed). On
 * success, gives back the ratings by criterion id in model order, as `assessmentResult` takes them.
 *
 * @example
 * checkSubmission(model, { 'gov-1-owner': { rating: 'F' } });
 * // { ok: false, error: { code: 'UNRATED_CRITERIA', message: '106 criteria are not rated yet: gov-1-purpose, ...', criterionIds: [...] } }
 */
export function checkSubmission(
  model: MaturityModel,
  ratingsByCriterion: Readonly<Record<string, Pick<AssessorRating, 'rating'> | undefined>>,
): Result<Record<string, Rating>, SubmissionError> {
  const ids = model.dimensions.flatMap((d) => d.levels.flatMap((l) => l.criteria.map((c) => c.id)));
  const ratingOf = (id: string): unknown =>
    Object.hasOwn(ratingsByCriterion, id) ? ratingsByCriterion[id]?.rating : undefined;
  const unrated = ids.filter((id) => !isRating(ratingOf(id)));
  if (unrated.length > 0) {
    const what = unrated.length === 1 ? '1 criterion is' : `${unrated.length} criteria are`;
    const fieldErrors = Object.fromEntries(unrated.map((id) => [`ratings.${id}`, ['Rate this criterion.']]));
    const message = `${what} not rated yet: ${listed(unrated)}.`;
    return err({ code: 'UNRATED_CRITERIA', message, criterionIds: unrated, fieldErrors });
  }
  const given = Object.keys(ratingsByCriterion).filter((id) => ratingsByCriterion[id] !== undefined);
  const unknown = given.filter((id) => !ids.includes(id));
  if (unknown.length > 0) {
    const fieldErrors = Object.fromEntries(
      unknown.map((id) => [`ratings.${id}`, ['The model has no such criterion.']]),
    );
    const these = unknown.length === 1 ? 'this rating' : 'these ratings';
    const message = `The model (version ${model.version}) has no criterion ${listed(unknown)}: remove ${these}.`;
    return err({ code: 'UNKNOWN_CRITERIA', message, criterionIds: unknown, fieldErrors });
  }
  return ok(Object.fromEntries(ids.map((id) => [id, ratingOf(id) as Rating])));
}
