import { token } from '@atlaskit/tokens';
import type { PreviewData } from '@contracts/programme.contract';
import { Empty } from '../../ui/Empty';
import { PlainTable } from '../../ui/PlainTable';
import { formatScore } from '../../ui/format';

function RankChange({ before, after }: { before: number; after: number }) {
  const up = before - after;
  if (up === 0) return <span aria-label="No change">= {after}</span>;
  const colour = up > 0 ? token('color.text.success') : token('color.text.danger');
  const words = `${up > 0 ? 'Up' : 'Down'} ${Math.abs(up)} (rank ${before} to ${after})`;
  return (
    <span style={{ color: colour }} aria-label={words} title={words}>
      {`${up > 0 ? '▲' : '▼'} ${Math.abs(up)}`}
      <span style={{ color: token('color.text.subtle') }}>{` · #${before} → #${after}`}</span>
    </span>
  );
}

const HEAD = {
  cells: [
    { key: 'issue', content: 'Issue' },
    { key: 'before', content: 'Score before' },
    { key: 'after', content: 'Score after' },
    { key: 'rank', content: 'Rank change' },
  ],
};

/** How the top initiatives would move under the edited configuration. */
export function PreviewTable({ preview }: { preview: PreviewData }) {
  const rows = preview.moves.map((m) => ({
    key: m.issueKey,
    cells: [
      {
        key: 'issue',
        content: (
          <span>
            <strong>{m.issueKey}</strong> {m.summary}
          </span>
        ),
      },
      { key: 'before', content: formatScore(m.before) },
      { key: 'after', content: formatScore(m.after) },
      { key: 'rank', content: <RankChange before={m.rankBefore} after={m.rankAfter} /> },
    ],
  }));
  return (
    <PlainTable
      caption={
        <span className="csi-sr-only">Preview: how the top initiatives would move under the edited configuration</span>
      }
      head={HEAD}
      rows={rows}
      emptyView={<Empty header="Nothing to preview" description="There are no scored initiatives yet." />}
    />
  );
}
