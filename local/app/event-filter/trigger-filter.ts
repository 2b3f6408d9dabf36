import { z } from 'zod';
import { compileExpression, ExpressionEvaluationError, type PropertyLookup } from './expression-eval';
import { ExpressionSyntaxError } from './expression-parser';

/**
 * A trigger module's `filter` (manifest-reference/modules/trigger, "Filter reference"): at least one
 * of `ignoreSelf`, `expression`, `appIsLicensed`; `onError` only with `expression`.
 */
const filterSchema = z
  .strictObject({
    ignoreSelf: z.boolean().optional(),
    expression: z.string().optional(),
    appIsLicensed: z.boolean().optional(),
    onError: z.enum(['IGNORE_AND_LOG', 'IGNORE', 'RECEIVE_AND_LOG', 'RECEIVE']).optional(),
  })
  .refine((f) => f.ignoreSelf !== undefined || f.expression !== undefined || f.appIsLicensed !== undefined, {
    message: 'At least one of appIsLicensed, ignoreSelf or expression must be defined',
  })
  .refine((f) => f.onError === undefined || f.expression !== undefined, {
    message: 'onError can be used only with expression',
  });

/** What the platform does with one event for one trigger. */
export type FilterVerdict =
  | { deliver: true; log?: string }
  | { deliver: false; reason: 'self-generated' | 'expression-false' | 'expression-error'; log?: string };

export type TriggerFilter = (event: Record<string, unknown>, lookup: PropertyLookup) => FilterVerdict;

export class TriggerFilterError extends Error {
  override readonly name = 'TriggerFilterError';
}

/**
 * Compiles a trigger's `filter`; a manifest the local host cannot honour exactly fails here, at start.
 * `appIsLicensed` always passes: the local site counts as licensed (`context.license` is absent for
 * apps in DEVELOPMENT, and the platform only skips sites without an active license).
 */
export function compileTriggerFilter(triggerKey: string, raw: unknown): TriggerFilter {
  if (raw === undefined) return () => ({ deliver: true });
  const parsed = filterSchema.safeParse(raw);
  if (!parsed.success) {
    throw new TriggerFilterError(
      `Trigger '${triggerKey}': invalid filter: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  }
  const { ignoreSelf, expression, onError = 'IGNORE_AND_LOG' } = parsed.data;
  let compiled: ReturnType<typeof compileExpression> | undefined;
  try {
    compiled = expression === undefined ? undefined : compileExpression(expression);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) {
      throw new TriggerFilterError(`Trigger '${triggerKey}': filter.expression: ${error.message}`);
    }
    throw error;
  }
  return (event, lookup) => {
    if (ignoreSelf === true && event.selfGenerated === true) return { deliver: false, reason: 'self-generated' };
    if (!compiled) return { deliver: true };
    try {
      return compiled.evaluate(event, lookup) ? { deliver: true } : { deliver: false, reason: 'expression-false' };
    } catch (error) {
      if (!(error instanceof ExpressionEvaluationError)) throw error;
      const log = `Trigger '${triggerKey}': filter.expression failed on ${String(event.eventType)}: ${error.message}`;
      const logged = onError.endsWith('_AND_LOG') ? { log } : {};
      return onError.startsWith('RECEIVE')
        ? { deliver: true, ...logged }
        : { deliver: false, reason: 'expression-error', ...logged };
    }
  };
}
