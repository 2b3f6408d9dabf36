import type { Result } from '../result';
import { checkText } from '../shared/check-text';
import { collectProblems, type MaturityError, type ProblemCollector } from './maturity-error';
import {
  AUTOMATIC_CHECKS,
  CAPABILITY_LEVELS,
  DIMENSION_LABELS,
  MATURITY_DIMENSIONS,
  MATURITY_LIMITS,
  type AutomaticCheckId,
  type CapabilityLevel,
  type MaturityDimension,
} from './maturity.vocabulary';

/** One thing an assessor judges with evidence; `automaticCheck` names the check that proposes a rating. */
export interface Criterion {
  /** Stable id ratings are stored under: lower case, digits and dashes (`gov-1-owner`), unique in the model. */
  id: string;
  text: string;
  automaticCheck?: AutomaticCheckId;
}

/** The criteria of one capability level of a dimension. */
export interface MaturityLevel {
  level: CapabilityLevel;
  criteria: Criterion[];
}

/** One dimension of the model with its levels 1 to 5. */
export interface DimensionModel {
  dimension: MaturityDimension;
  levels: MaturityLevel[];
}

/** A maturity model (domain.md section 5); an assessment keeps the version it was made with. */
export interface MaturityModel {
  version: number;
  dimensions: DimensionModel[];
}

/** The stable codes of `validateMaturityModel`. */
export type MaturityModelErrorCode =
  | 'INVALID_VERSION'
  | 'UNKNOWN_DIMENSION'
  | 'DUPLICATE_DIMENSION'
  | 'MISSING_DIMENSION'
  | 'UNKNOWN_LEVEL'
  | 'DUPLICATE_LEVEL'
  | 'MISSING_LEVEL'
  | 'LEVEL_WITHOUT_CRITERIA'
  | 'TOO_MANY_CRITERIA'
  | 'INVALID_CRITERION_ID'
  | 'DUPLICATE_CRITERION'
  | 'INVALID_CRITERION_TEXT'
  | 'UNKNOWN_AUTOMATIC_CHECK';

/** The pattern of a criterion id: a letter, then lower-case letters, digits and dashes, at most 60 in all. */
export const CRITERION_ID_PATTERN = /^[a-z][a-z0-9-]{0,59}$/;

/** What the checks share while they walk a model: the problems found, where each criterion id was first seen. */
interface Walk {
  problems: ProblemCollector<MaturityModelErrorCode>;
  seenIds: Map<string, string>;
}

const listOf = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function checkCriterion({ problems, seenIds }: Walk, path: string, where: string, input: Criterion): Criterion {
  const { id, automaticCheck } = input;
  if (typeof id !== 'string' || !CRITERION_ID_PATTERN.test(id)) {
    problems.add('INVALID_CRITERION_ID', `${path}.id`, `${where}: use an id of lower-case letters, digits and dashes.`);
  } else if (seenIds.has(id)) {
    const first = seenIds.get(id);
    const places = first === where ? `in ${where}` : `in ${first ?? ''} and in ${where}`;
    problems.add('DUPLICATE_CRITERION', `${path}.id`, `The criterion id "${id}" is used twice: ${places}.`);
  } else seenIds.set(id, where);
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  const problem = checkText(text, { max: MATURITY_LIMITS.criterionText, required: true });
  if (problem !== null) problems.add('INVALID_CRITERION_TEXT', `${path}.text`, `${where}, criterion text: ${problem}`);
  if (automaticCheck === undefined) return { id, text };
  if (!(AUTOMATIC_CHECKS as readonly unknown[]).includes(automaticCheck)) {
    const message = `${where}: use one of ${AUTOMATIC_CHECKS.join(', ')}.`;
    problems.add('UNKNOWN_AUTOMATIC_CHECK', `${path}.automaticCheck`, message);
  }
  return { id, text, automaticCheck };
}

function checkLevel(walk: Walk, path: string, name: string, input: MaturityLevel): MaturityLevel {
  const where = `${name} level ${input.level}`;
  const criteria = listOf<Criterion>(input.criteria);
  if (criteria.length === 0) {
    walk.problems.add('LEVEL_WITHOUT_CRITERIA', `${path}.criteria`, `${where} has no criteria: give it at least one.`);
  }
  if (criteria.length > MATURITY_LIMITS.criteriaPerLevel) {
    const message = `${where} has ${criteria.length} criteria: a level takes at most ${MATURITY_LIMITS.criteriaPerLevel}.`;
    walk.problems.add('TOO_MANY_CRITERIA', `${path}.criteria`, message);
  }
  const checked = criteria.map((c, i) => checkCriterion(walk, `${path}.criteria.${i}`, where, c));
  return { level: input.level, criteria: checked };
}

function checkLevels(walk: Walk, path: string, name: string, input: MaturityLevel[]): MaturityLevel[] {
  const found: number[] = [];
  const levels = listOf<MaturityLevel>(input).map((level, i) => {
    const at = `${path}.levels.${i}`;
    if (!(CAPABILITY_LEVELS as readonly unknown[]).includes(level.level)) {
      walk.problems.add('UNKNOWN_LEVEL', `${at}.level`, `${name}: use a level from 1 to 5.`);
    } else if (found.includes(level.level)) {
      walk.problems.add('DUPLICATE_LEVEL', `${at}.level`, `${name} has level ${level.level} twice.`);
    } else found.push(level.level);
    return checkLevel(walk, at, name, level);
  });
  for (const level of CAPABILITY_LEVELS) {
    if (!found.includes(level)) walk.problems.add('MISSING_LEVEL', `${path}.levels`, `${name} has no level ${level}.`);
  }
  return levels;
}

function checkDimensions(walk: Walk, input: DimensionModel[]): DimensionModel[] {
  const { problems } = walk;
  const found: MaturityDimension[] = [];
  const dimensions = listOf<DimensionModel>(input).map((d, i) => {
    const path = `dimensions.${i}`;
    const known = (MATURITY_DIMENSIONS as readonly unknown[]).includes(d.dimension);
    if (!known) problems.add('UNKNOWN_DIMENSION', `${path}.dimension`, `Use one of ${MATURITY_DIMENSIONS.join(', ')}.`);
    else if (found.includes(d.dimension)) {
      problems.add('DUPLICATE_DIMENSION', `${path}.dimension`, `The model has ${DIMENSION_LABELS[d.dimension]} twice.`);
    } else found.push(d.dimension);
    const name = known ? DIMENSION_LABELS[d.dimension] : `Dimension ${i + 1}`;
    return { dimension: d.dimension, levels: checkLevels(walk, path, name, d.levels) };
  });
  for (const d of MATURITY_DIMENSIONS) {
    if (!found.includes(d)) {
      problems.add('MISSING_DIMENSION', 'dimensions', `The model has no ${DIMENSION_LABELS[d]} dimension.`);
    }
  }
  return dimensions;
}

/**
 * Checks a maturity model before it is saved: a whole version of 1 or more; each of the seven
 * dimensions exactly once; in each, levels 1 to 5 exactly once; each level with 1 to
 * `MATURITY_LIMITS.criteriaPerLevel` criteria; criterion ids matching {@link CRITERION_ID_PATTERN} and
 * unique across the whole model (ratings are stored by id); criterion texts with visible characters
 * and at most `MATURITY_LIMITS.criterionText` long; automatic checks from `AUTOMATIC_CHECKS`. Every
 * problem is reported at once (see `MaturityError`), led by the first in model order; the accepted
 * model comes back with its texts trimmed, in the order given.
 *
 * @example
 * validateMaturityModel(modelWithEmptyGovernanceLevel3).error;
 * // { code: 'LEVEL_WITHOUT_CRITERIA', message: 'Governance level 3 has no criteria: give it at least one.', ... }
 */
export function validateMaturityModel(
  model: MaturityModel,
): Result<MaturityModel, MaturityError<MaturityModelErrorCode>> {
  const problems = collectProblems<MaturityModelErrorCode>();
  if (!Number.isSafeInteger(model.version) || model.version < 1) {
    problems.add('INVALID_VERSION', 'version', 'Use a whole version number of 1 or more.');
  }
  const dimensions = checkDimensions({ problems, seenIds: new Map() }, model.dimensions);
  return problems.result({ version: model.version, dimensions });
}

/**
 * The edited model as the next version after `current`: the version an admin's save gets, so each
 * assessment can say which version it was made with. Validate the result with `validateMaturityModel`.
 *
 * @example
 * nextModelVersion({ version: 3, dimensions }, edited).version; // 4
 */
export function nextModelVersion(current: MaturityModel, edited: MaturityModel): MaturityModel {
  return { ...edited, version: current.version + 1 };
}
