import Lozenge from '@atlaskit/lozenge';
import type { InitiativeClass, Rag } from '@contracts/views';
import { CLASS_LABELS, RAG_LABELS } from './labels';

const CLASS_APPEARANCE = {
  'quick-win': 'success',
  standard: 'default',
  transformational: 'new',
  unclassified: 'moved',
} as const;

/** The initiative class (quick win, standard, transformational) as a lozenge. */
export function ClassLozenge({ value }: { value: InitiativeClass }) {
  return <Lozenge appearance={CLASS_APPEARANCE[value] ?? 'default'}>{CLASS_LABELS[value] ?? value}</Lozenge>;
}

const RAG_APPEARANCE = { red: 'removed', amber: 'moved', green: 'success' } as const;

/** A red / amber / green judgement as a lozenge, with the word so colour is never the only cue. */
export function RagLozenge({ value }: { value: Rag | 'unknown' }) {
  if (value === 'unknown') return <Lozenge>Unknown</Lozenge>;
  return <Lozenge appearance={RAG_APPEARANCE[value]}>{RAG_LABELS[value]}</Lozenge>;
}

/** Yes / no / not applicable as a lozenge. */
export function YesNoLozenge({
  value,
  yes = 'Yes',
  no = 'No',
  good = true,
}: {
  value: boolean | null;
  yes?: string;
  no?: string;
  good?: boolean;
}) {
  if (value === null) return <Lozenge>n/a</Lozenge>;
  const positive = value === good;
  return <Lozenge appearance={positive ? 'success' : 'moved'}>{value ? yes : no}</Lozenge>;
}
