import { token } from '@atlaskit/tokens';
import type { ScoreHistoryRow } from '@contracts/views';
import { formatDateTime, formatScore } from '../../ui/format';
import { subtle } from '../../ui/styles';

/** The score's history, newest first as the resolver ordered it. */
export function ScoreHistory({ rows }: { rows: ScoreHistoryRow[] }) {
  if (rows.length === 0) return <p style={subtle}>No history yet.</p>;
  return (
    <ol style={{ margin: 0, paddingLeft: token('space.250'), display: 'grid', gap: token('space.075') }}>
      {rows.map((row, i) => (
        <li key={`${row.at}-${i}`}>
          <strong>{formatScore(row.score)}</strong>
          {` · ${row.change} `}
          <span style={subtle}>{`by ${row.actor.displayName}, ${formatDateTime(row.at)}`}</span>
        </li>
      ))}
    </ol>
  );
}
