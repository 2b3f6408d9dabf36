import type { PirSectionView, SectionValueInput } from '@contracts/pir.contract';

/** A KPI section as typed: numbers stay text until sent, so letters are refused, never dropped. */
export interface KpiDraft {
  kind: 'kpi';
  baseline: string;
  target: string;
  after: string;
  note: string;
}

export type SectionDraft = Exclude<SectionValueInput, { kind: 'kpi' }> | KpiDraft;

const shown = (n: number | null) => (n === null ? '' : String(n));

/** The editable draft of a section: its saved value, or an empty one of its kind. */
export function draftOf(section: Pick<PirSectionView, 'kind' | 'value'>): SectionDraft {
  const v = section.value;
  if (v?.kind === 'kpi') return { ...v, baseline: shown(v.baseline), target: shown(v.target), after: shown(v.after) };
  if (v) return v;
  switch (section.kind) {
    case 'text':
      return { kind: 'text', text: '' };
    case 'objectives':
      return { kind: 'objectives', objectives: [{ objective: '', result: 'met', note: '' }] };
    case 'kpi':
      return { kind: 'kpi', baseline: '', target: '', after: '', note: '' };
    case 'lessons':
      return { kind: 'lessons', lessons: [{ text: '', tags: [] }] };
    case 'actions':
      return { kind: 'actions', actions: [] };
    case 'risks':
      return { kind: 'risks', risks: [''] };
  }
}

/** A typed number: empty is null, anything else goes as a number (NaN is refused by the schema with its range). */
const numberOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** What is sent: the draft with its numbers parsed. */
export function valueOf(draft: SectionDraft): SectionValueInput {
  if (draft.kind !== 'kpi') return draft;
  return { ...draft, baseline: numberOf(draft.baseline), target: numberOf(draft.target), after: numberOf(draft.after) };
}
