import type { z } from 'zod/mini';
import { err, ok, type Result } from '../../domain/result';
import { fieldErrorsOf } from './field-errors';
import type { CallContext } from './define-resolver';

/**
 * Reads the macro's saved configuration from the platform context. It is untrusted (anyone who can
 * edit the page can change it), so it is parsed on every read and a bad one is explained, not shown
 * as a blank frame.
 */
export function macroConfig<S extends z.ZodMiniType>(
  ctx: CallContext,
  schema: S,
  macroName: string,
): Result<z.output<S>> {
  const raw = ctx.platform.extension.config;
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
