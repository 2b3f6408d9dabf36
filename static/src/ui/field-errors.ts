import type { ResolverError } from '@contracts/envelope';

export type FieldErrorMap = Record<string, string[]>;

/** The field errors of an error, with an optional path prefix removed (e.g. `config.`). */
export function fieldErrorsOf(error: ResolverError | null, stripPrefix = ''): FieldErrorMap {
  const out: FieldErrorMap = {};
  for (const [key, messages] of Object.entries(error?.fieldErrors ?? {})) {
    const k = stripPrefix && key.startsWith(stripPrefix) ? key.slice(stripPrefix.length) : key;
    out[k] = [...(out[k] ?? []), ...messages];
  }
  return out;
}

/** The errors that no field on screen claims, so a form can list them instead of losing them. */
export function unplacedErrors(errors: FieldErrorMap, isPlaced: (key: string) => boolean): Array<[string, string[]]> {
  return Object.entries(errors).filter(([key]) => !isPlaced(key));
}
