import Button from '@atlaskit/button/new';
import type { DecisionEntryView } from '@contracts/views';
import { Empty } from '../../ui/Empty';
import { PlainTable } from '../../ui/PlainTable';
import { formatDate } from '../../ui/format';
import { IssueLink } from '../../ui/IssueLink';

const HEAD = {
  cells: [
    { key: 'seq', content: '#', width: 5 },
    { key: 'at', content: 'Date', width: 12 },
    { key: 'type', content: 'Type', width: 15 },
    { key: 'subject', content: 'Subject', width: 10 },
    { key: 'summary', content: 'Summary' },
    { key: 'who', content: 'Who', width: 14 },
    { key: 'detail', content: <span className="csi-sr-only">Details</span>, width: 9 },
  ],
};

interface Props {
  entries: DecisionEntryView[];
  loading: boolean;
  onOpen: (entry: DecisionEntryView) => void;
}

/** The decision-log entries, one row each, with a button to see everything recorded. */
export function DecisionTable({ entries, loading, onOpen }: Props) {
  const rows = entries.map((e) => ({
    key: String(e.seq),
    cells: [
      { key: 'seq', content: e.seq },
      { key: 'at', content: formatDate(e.at) },
      { key: 'type', content: e.typeLabel },
      { key: 'subject', content: e.subject ? <IssueLink issueKey={e.subject.issueKey} /> : '–' },
      { key: 'summary', content: e.summary },
      { key: 'who', content: e.actor.displayName },
      {
        key: 'detail',
        content: (
          <Button spacing="compact" onClick={() => onOpen(e)} aria-label={`Details of entry ${e.seq}`}>
            Details
          </Button>
        ),
      },
    ],
  }));
  return (
    <PlainTable
      head={HEAD}
      rows={rows}
      isLoading={loading}
      emptyView={
        <Empty header="No decisions" description="No entries match. Decisions appear here as they are recorded." />
      }
    />
  );
}
