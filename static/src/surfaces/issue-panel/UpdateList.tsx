import { token } from '@atlaskit/tokens';
import type { ProgressUpdateView } from '@contracts/views';
import { Empty } from '../../ui/Empty';
import { RagLozenge } from '../../ui/Lozenges';
import { formatDateTime } from '../../ui/format';
import { UpdateBody } from '../../ui/UpdateBody';
import { card, inline, subtle } from '../../ui/styles';

/** The progress updates with their RAG lozenges, newest first as the resolver ordered them. */
export function UpdateList({ updates }: { updates: ProgressUpdateView[] }) {
  if (updates.length === 0)
    return <Empty header="No updates yet" description="Progress updates posted on this initiative appear here." />;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.150') }}>
      {updates.map((u) => (
        <li key={u.id} style={card}>
          <div style={{ ...inline('space.100'), marginBottom: token('space.100') }}>
            <RagLozenge value={u.rag} />
            <span style={subtle}>{`${u.author.displayName}, ${formatDateTime(u.at)}`}</span>
          </div>
          <UpdateBody update={u} />
        </li>
      ))}
    </ul>
  );
}
