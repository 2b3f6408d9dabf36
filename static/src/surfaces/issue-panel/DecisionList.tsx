import type { PanelData } from '@contracts/issue-panel.contract';
import { Empty } from '../../ui/Empty';
import { formatDateTime } from '../../ui/format';
import { DECISION_TYPE_LABELS, labelOf } from '../../ui/labels';
import { subtle } from '../../ui/styles';

/** The latest decisions about this initiative, newest first; the full log is on the project page. */
export function DecisionList({ decisions }: { decisions: PanelData['decisions'] }) {
  if (decisions.length === 0) {
    return (
      <Empty
        header="No decisions yet"
        description="Checkpoint verdicts, pauses and PIRs about this initiative appear here."
      />
    );
  }
  return (
    <ol style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
      {decisions.map((d) => (
        <li key={d.seq} style={{ marginBlockEnd: '0.5rem' }}>
          <strong>{`#${d.seq} · ${labelOf(DECISION_TYPE_LABELS, d.type)}`}</strong>
          {' · '}
          {d.summary}
          <span style={subtle}>{` by ${d.actor.displayName}, ${formatDateTime(d.at)}`}</span>
        </li>
      ))}
    </ol>
  );
}
