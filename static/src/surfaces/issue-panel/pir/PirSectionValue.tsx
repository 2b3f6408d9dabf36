import type { PirActionView, SectionValueInput } from '@contracts/pir.contract';
import { PIR_OUTCOME_LABELS } from '@contracts/labels';
import { subtle } from '../../../ui/styles';
import { PirActions } from './PirActions';

const list = { margin: 0, paddingInlineStart: 'var(--ds-space-250)' } as const;

/** What a filled section says, read-only (the same for every reader of the issue). */
export function PirSectionValue({
  value,
  actions = [],
  live = true,
}: {
  value: SectionValueInput | null;
  /** The actions with their Jira issues (shown for an actions section instead of the stored value). */
  actions?: readonly PirActionView[];
  live?: boolean;
}) {
  if (!value) return <p style={subtle}>Not filled yet.</p>;
  switch (value.kind) {
    case 'text':
      return value.text ? (
        <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{value.text}</p>
      ) : (
        <p style={subtle}>Empty.</p>
      );
    case 'objectives':
      return (
        <ul style={list}>
          {value.objectives.map((o, i) => (
            <li key={i}>
              {o.objective}: <strong>{PIR_OUTCOME_LABELS[o.result]}</strong>
              {o.note && <span style={subtle}> ({o.note})</span>}
            </li>
          ))}
        </ul>
      );
    case 'kpi':
      return (
        <dl
          style={{
            margin: 0,
            display: 'grid',
            gridTemplateColumns: 'auto 1fr',
            gap: 'var(--ds-space-050) var(--ds-space-200)',
          }}
        >
          <dt>Before (baseline)</dt>
          <dd style={{ margin: 0 }}>{value.baseline ?? '–'}</dd>
          <dt>Target</dt>
          <dd style={{ margin: 0 }}>{value.target ?? '–'}</dd>
          <dt>After</dt>
          <dd style={{ margin: 0 }}>{value.after ?? '–'}</dd>
          {value.note && (
            <>
              <dt>Note</dt>
              <dd style={{ margin: 0 }}>{value.note}</dd>
            </>
          )}
        </dl>
      );
    case 'lessons':
      return (
        <ul style={list}>
          {value.lessons.map((l, i) => (
            <li key={i}>
              {l.text}
              {l.tags.length > 0 && <span style={subtle}> · {l.tags.join(', ')}</span>}
            </li>
          ))}
        </ul>
      );
    case 'actions':
      return <PirActions actions={actions} live={live} />;
    case 'risks':
      return (
        <ul style={list}>
          {value.risks.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      );
  }
}
