import type * as z from 'zod/mini';

/**
 * Turns zod issues into `{ "criteria.2.weight": ["..."] }`. Unknown keys are reported on the key
 * itself so the UI (and a tester) can see exactly what was refused.
 *
 * @example fieldErrorsOf(schema.safeParse({ x: 1 }).error) // { x: ['Unrecognized key: "x"'] }
 */
export function fieldErrorsOf(error: z.core.$ZodError): Record<string, string[]> {
  // A Map, not an object literal: a payload key like `__proto__` must stay a plain key.
  const out = new Map<string, string[]>();
  for (const issue of error.issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    for (const path of paths) {
      const key = path.length > 0 ? path.map(String).join('.') : '(payload)';
      const message = issue.code === 'unrecognized_keys' ? 'Unknown field' : issue.message;
      out.set(key, [...(out.get(key) ?? []), message]);
    }
  }
  return Object.fromEntries(out);
}
