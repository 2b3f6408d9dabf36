import { view } from '@forge/bridge';
import type * as z from 'zod/mini';
import { fieldErrorsFrom, friendlyMessages } from '../../api/invoke-call';

export type SubmitOutcome = { ok: true } | { ok: false; fieldErrors: Record<string, string[]>; message?: string };

/**
 * Validates a macro configuration with its contract schema and saves it through the host
 * (`view.submit({ config })`, the Custom UI macro configuration API). Nothing invalid is saved.
 */
export async function submitMacroConfig(schema: z.ZodMiniType, draft: unknown): Promise<SubmitOutcome> {
  const parsed = schema.safeParse(draft, { error: friendlyMessages });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsFrom(parsed.error) };
  try {
    await view.submit({ config: parsed.data });
    return { ok: true };
  } catch {
    return {
      ok: false,
      fieldErrors: {},
      message: 'The configuration could not be saved. Close the panel and try again.',
    };
  }
}

/** Closes the configuration panel without saving. */
export const closeConfig = (): void => void view.close().catch(() => undefined);

/** Comma-separated text to a list: "CSI, OPS" → ["CSI", "OPS"]. */
export const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The saved values that this build knows, e.g. decision types (old or hand-edited configs may hold others). */
export function knownValues<T extends string>(saved: unknown, known: readonly T[]): T[] {
  if (!Array.isArray(saved)) return [];
  return saved.filter((v): v is T => typeof v === 'string' && (known as readonly string[]).includes(v));
}

/** All messages for a field and its items (`projects`, `projects.0`, ...). */
export const errorsUnder = (errors: Record<string, string[]>, field: string): string[] =>
  Object.entries(errors)
    .filter(([k]) => k === field || k.startsWith(`${field}.`))
    .flatMap(([, m]) => m);
