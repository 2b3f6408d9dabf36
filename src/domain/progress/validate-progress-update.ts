import type { Result } from '../result';
import { createFieldErrors } from '../shared/field-errors';
import { PROGRESS_UPDATE_MAX_LENGTH as MAX, type ProgressUpdate, type UpdateRag } from './progress-update';

const RAGS: readonly unknown[] = ['green', 'amber', 'red'] satisfies UpdateRag[];
const TEXT_FIELDS = [
  ['whatChanged', true],
  ['next', true],
  ['risks', false],
  ['asks', false],
] as const;

/**
 * Checks a progress update and returns it with every text trimmed. `whatChanged` and `next` must be
 * non-empty after trimming; `risks` and `asks` may be empty; each is at most 4000 characters after
 * trimming; `rag` is green, amber or red. Errors are keyed by field name under `INVALID_INPUT`.
 *
 * @example
 * validateProgressUpdate({ whatChanged: ' Pilot live ', next: 'Gate 2', risks: '', asks: '', rag: 'green' });
 * // { ok: true, value: { whatChanged: 'Pilot live', next: 'Gate 2', risks: '', asks: '', rag: 'green' } }
 */
export function validateProgressUpdate(input: ProgressUpdate): Result<ProgressUpdate> {
  const errors = createFieldErrors();
  const trimmed = { ...input };
  for (const [field, required] of TEXT_FIELDS) {
    const value = input[field];
    if (!errors.check(typeof value === 'string', field, 'Must be text')) continue;
    trimmed[field] = value.trim();
    if (required) errors.check(trimmed[field].length > 0, field, 'Required');
    errors.check(trimmed[field].length <= MAX, field, `Must be at most ${MAX} characters`);
  }
  errors.check(RAGS.includes(input.rag), 'rag', 'Choose green, amber or red');
  return errors.result(trimmed, 'The progress update is incomplete');
}
