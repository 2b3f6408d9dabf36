import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { SORT_KEYS, type SavedView } from '@contracts/project-page.contract';
import type { PortfolioRow } from '@contracts/views';
import { Empty } from '../../ui/Empty';
import { IssueLink } from '../../ui/IssueLink';
import { ClassLozenge, YesNoLozenge } from '../../ui/Lozenges';
import { formatScore } from '../../ui/format';
import { StageLozenge } from '../issue-panel/lifecycle/StageLozenge';

type SortKey = (typeof SORT_KEYS)[number];
type Sort = NonNullable<SavedView['sort']>;

const sortable = (key: string) => (SORT_KEYS as readonly string[]).includes(key);
const column = (key: string, content: string, width?: number) => ({
  key,
  content,
  ...(width ? { width } : {}),
  isSortable: sortable(key),
});

const HEAD = {
  cells: [
    column('rank', 'Rank', 6),
    column('key', 'Key', 8),
    column('summary', 'Summary'),
    column('status', 'Status', 10),
    column('stage', 'Stage', 9),
    column('score', 'Score', 7),
    column('class', 'Class', 12),
    column('owner', 'Owner', 10),
    column('complete', 'Complete', 8),
    column('alignment', 'Alignment', 10),
    column('mvi', 'MVI', 7),
  ],
};

/** CSI-2 sorts before CSI-10: the number, zero-padded. */
const keyOrder = (issueKey: string) => issueKey.replace(/\d+/g, (n) => n.padStart(10, '0'));

interface Props {
  rows: PortfolioRow[];
  loading: boolean;
  /** The reader's sort; the rank (the resolver's order) when none. */
  sort: SavedView['sort'];
  onSort: (sort: Sort) => void;
}

/**
 * The stage, and what its PIR needs (issue 11 items 5 and 6): an overdue review, overdue or open
 * actions, and what the latest benefit check found.
 */
function StageCell({ row }: { row: PortfolioRow }) {
  const { pir } = row;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 'var(--ds-space-050)' }}>
      {row.stage ? <StageLozenge view={row.stage} /> : '—'}
      {pir?.overdue && <Lozenge appearance="removed">PIR overdue</Lozenge>}
      {pir?.actionsOverdue && <Lozenge appearance="removed">Actions overdue</Lozenge>}
      {pir && !pir.actionsOverdue && pir.openActions > 0 && (
        <Lozenge appearance="moved">{`${pir.openActions} open ${pir.openActions === 1 ? 'action' : 'actions'}`}</Lozenge>
      )}
      {pir?.benefit === 'lost' && <Lozenge appearance="removed">Benefit lost</Lozenge>}
      {pir?.benefit === 'partly-kept' && <Lozenge appearance="moved">Benefit partly kept</Lozenge>}
      {pir?.benefit === 'kept' && <Lozenge appearance="success">Benefit kept</Lozenge>}
    </span>
  );
}

/**
 * The initiatives, ranked by score, sortable by the column headings with the table's own sorting
 * (each cell's `key` is its sort value). The sort is controlled, so a saved view can set it.
 */
export function PortfolioTable({ rows, loading, sort, onSort }: Props) {
  const tableRows = rows.map((r) => ({
    key: r.issueKey,
    cells: [
      { key: r.rank, content: r.rank },
      { key: keyOrder(r.issueKey), content: <IssueLink issueKey={r.issueKey} /> },
      { key: r.summary.toLowerCase(), content: r.summary },
      { key: r.status.toLowerCase(), content: r.status },
      // The app's stage beside Jira's status: a terminated initiative at To Do reads as terminated.
      { key: r.stage?.label ?? '', content: <StageCell row={r} /> },
      { key: r.score ?? -1, content: formatScore(r.score) },
      { key: r.initiativeClass, content: <ClassLozenge value={r.initiativeClass} /> },
      { key: r.owner?.toLowerCase() ?? '~', content: r.owner ?? '—' },
      { key: 'complete', content: <YesNoLozenge value={r.complete} /> },
      {
        key: 'alignment',
        content: r.needsAlignment ? (
          <Lozenge appearance="moved">Needs alignment</Lozenge>
        ) : (
          <Lozenge appearance="success">Aligned</Lozenge>
        ),
      },
      { key: 'mvi', content: <YesNoLozenge value={r.mviPassed} yes="Passed" no="Not met" /> },
    ],
  }));
  return (
    <DynamicTable
      caption={<span className="csi-sr-only">Initiatives ranked by CSI score; sort by a column heading</span>}
      head={HEAD}
      rows={tableRows}
      isLoading={loading}
      sortKey={sort?.key ?? 'rank'}
      sortOrder={sort?.order ?? 'ASC'}
      onSort={(data: { key: string; sortOrder: 'ASC' | 'DESC' }) => {
        if (sortable(data.key)) onSort({ key: data.key as SortKey, order: data.sortOrder });
      }}
      emptyView={<Empty header="No initiatives" description="No initiatives match these filters." />}
    />
  );
}
