import { checkText } from '../shared/check-text';
import type { FieldErrorCollector } from '../shared/field-errors';

/**
 * Checks one text field of a PIR form or setting: trims it, adds the first reason it breaks the rule
 * (NUL, lone surrogate, length, visible text when required; see `checkText`) at `path`, or `Required`
 * when it is not a string at all, and returns the trimmed text (empty for a non-string).
 *
 * @example
 * const errors = createFieldErrors();
 * fieldText(errors, 'name', '  Standard PIR ', { max: 100, required: true }); // 'Standard PIR', no error
 * fieldText(errors, 'title', '\u200B', { max: 100, required: true }); // '\u200B', adds 'Required: enter visible text (...)' at title
 */
export function fieldText(
  errors: FieldErrorCollector,
  path: string,
  value: unknown,
  rule: { max: number; required: boolean },
): string {
  if (typeof value !== 'string') {
    errors.add(path, 'Required');
    return '';
  }
  const trimmed = value.trim();
  const problem = checkText(trimmed, rule);
  if (problem !== null) errors.add(path, problem);
  return trimmed;
}

/**
 * Whether `value` is one of the words of a vocabulary (narrowing it to that word type).
 *
 * @example
 * isOneOf('kpi', SECTION_KINDS); // true
 * isOneOf('KPI', SECTION_KINDS); // false
 */
export function isOneOf<T extends string>(value: unknown, values: readonly T[]): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
