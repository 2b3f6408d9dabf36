import type * as z from 'zod/mini';
import { err, ok, type Result } from '../../domain/result';
import { fieldErrorsOf } from './field-errors';

/**
 * Parses a macro's saved configuration. It is untrusted (anyone who can edit the page can change
 * it), so it is parsed on every read, and a missing or bad one is explained, not shown as a blank
 * frame or an empty export.
 */
export function parseMacroConfig<S extends z.ZodMiniType>(
  raw: unknown,
  schema: S,
  macroName: string,
): Result<z.output<S>> {
  if (raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0)) {
    return err({
      code: 'PRECONDITION_FAILED',
      message: `This ${macroName} is not configured yet. Edit the macro to choose what it shows.`,
    });
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return ok(parsed.data);
  const fieldErrors = fieldErrorsOf(parsed.error);
  const detail = Object.entries(fieldErrors)
    .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
    .join('; ');
  return err({
    code: 'INVALID_INPUT',
    message: `This ${macroName}'s configuration is not valid (${detail}). Edit the macro to fix it.`,
    fieldErrors,
  });
}
