/**
 * Jira's `fields` parameter: `*all`, `*navigable`, `id`, field ids, and `-field` exclusions.
 * Returns a predicate over field ids, or `'ids-only'` when nothing but ids was asked for.
 */
export type FieldSelection = ((fieldId: string) => boolean) | 'ids-only';

/** Splits repeated and comma-separated values: `['a,b', 'c']` → `['a', 'b', 'c']`. */
export function splitList(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * @param requested the values of `fields` (already split), or undefined when absent
 * @param fallback what an absent `fields` means: `*all` for GET issue, `id` for enhanced search
 */
export function parseFieldSelection(requested: readonly string[] | undefined, fallback: '*all' | 'id'): FieldSelection {
  const items = requested && requested.length > 0 ? requested : [fallback];
  const include = items.filter((i) => !i.startsWith('-'));
  const exclude = new Set(items.filter((i) => i.startsWith('-')).map((i) => i.slice(1)));
  const all = include.includes('*all') || include.includes('*navigable') || (include.length === 0 && exclude.size > 0);
  const named = new Set(include.filter((i) => i !== 'id'));
  if (!all && named.size === 0) return 'ids-only';
  return (fieldId) => !exclude.has(fieldId) && (all || named.has(fieldId));
}
