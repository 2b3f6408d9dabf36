import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { PortfolioRow } from '@contracts/views';
import { Empty } from '../../ui/Empty';
import { IssueLink } from '../../ui/IssueLink';
import { ClassLozenge, YesNoLozenge } from '../../ui/Lozenges';
import { formatScore } from '../../ui/format';

const HEAD = {
  cells: [
    { key: 'rank', content: 'Rank', width: 6 },
    { key: 'key', content: 'Key', width: 9 },
    { key: 'summary', content: 'Summary' },
    { key: 'status', content: 'Status', width: 11 },
    { key: 'score', content: 'Score', width: 7 },
    { key: 'class', content: 'Class', width: 13 },
    { key: 'complete', content: 'Complete', width: 9 },
    { key: 'alignment', content: 'Alignment', width: 11 },
    { key: 'mvi', content: 'MVI', width: 8 },
  ],
};

/** The initiatives ranked by score, as the resolver ranked them. */
export function PortfolioTable({ rows, loading }: { rows: PortfolioRow[]; loading: boolean }) {
  const tableRows = rows.map((r) => ({
    key: r.issueKey,
    cells: [
      { key: 'rank', content: r.rank },
      { key: 'key', content: <IssueLink issueKey={r.issueKey} /> },
      { key: 'summary', content: r.summary },
      { key: 'status', content: r.status },
      { key: 'score', content: formatScore(r.score) },
      { key: 'class', content: <ClassLozenge value={r.initiativeClass} /> },
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
      caption={<span className="csi-sr-only">Initiatives ranked by CSI score</span>}
      head={HEAD}
      rows={tableRows}
      isLoading={loading}
      emptyView={<Empty header="No initiatives" description="No initiatives match these filters." />}
    />
  );
}
