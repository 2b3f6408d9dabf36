import type { InitiativeClass, Rag } from '@contracts/views';

/** Display names for the contract's enumerations (presentation only). */
export const CLASS_LABELS: Record<InitiativeClass, string> = {
  'quick-win': 'Quick win',
  standard: 'Standard',
  transformational: 'Transformational',
  unclassified: 'Unclassified',
};

export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

export { DECISION_TYPE_LABELS, REJECTION_REASON_LABELS } from '@contracts/labels';

/** The label for a value, or the value itself when it is not known to this build. */
export const labelOf = (labels: Record<string, string>, value: string): string => labels[value] ?? value;
