import type {
  MajorChangeRuleSetting,
  PirSectionSetting,
  PirSettingsData,
  PirSettingsInput,
  PirTimingsSetting,
} from '@contracts/pir-settings.contract';

/** A template as edited: the app numbers the versions, the form only shows the saved one. */
export interface TemplateDraft {
  id: string;
  name: string;
  /** The saved version, or null for a template added in this form. */
  version: number | null;
  sections: PirSectionSetting[];
}

export interface PirSettingsDraft {
  rules: MajorChangeRuleSetting[];
  templates: TemplateDraft[];
  timings: PirTimingsSetting;
}

export const toDraft = (data: PirSettingsData): PirSettingsDraft => ({
  rules: data.rules.map((r) => ({ ...r })),
  templates: data.templates.map((t) => ({ ...t, sections: t.sections.map((s) => ({ ...s })) })),
  timings: { ...data.timings, actionDueBusinessDays: { ...data.timings.actionDueBusinessDays } },
});

export const toPayload = (version: number, draft: PirSettingsDraft): PirSettingsInput => ({
  version,
  rules: draft.rules,
  templates: draft.templates.map(({ id, name, sections }) => ({ id, name, sections })),
  timings: draft.timings,
});

/** A fresh id for an added rule or template, unique among `taken` (ids never show to people). */
export function newId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** `list` with the item at `i` moved by `by` places (unchanged at the ends). */
export function moved<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** `list` with the item at `i` replaced by `change` of it. */
export const patched = <T>(list: readonly T[], i: number, change: Partial<T>): T[] =>
  list.map((item, k) => (k === i ? { ...item, ...change } : item));

/** A comma-separated text field's entries (the resolver trims them and drops repeats). */
export const entries = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The messages under a path and everything below it (`rules.0` takes `rules.0.name`). */
export const errorsUnder = (errors: Record<string, string[]>, path: string): string[] =>
  Object.entries(errors).flatMap(([key, list]) => (key === path || key.startsWith(`${path}.`) ? list : []));
