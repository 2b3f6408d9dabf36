import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { archiveCalls, type ArchiveBenefitCheck, type ArchiveRow } from '@contracts/archive.contract';
import { PIR_OUTCOME_LABELS } from '@contracts/labels';
import { invokeCall } from '../../api/invoke-call';
import { usePagedCall } from '../../api/use-paged-call';
import { Empty } from '../../ui/Empty';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportButtons } from '../../ui/ExportButtons';
import { IssueLink } from '../../ui/IssueLink';
import { PlainTable } from '../../ui/PlainTable';
import { Section } from '../../ui/Section';
import { formatDate } from '../../ui/format';
import { stack, subtle } from '../../ui/styles';

const QUERY = { limit: 25 };

const OUTCOME_TONE = { met: 'success', 'partly-met': 'moved', 'not-met': 'removed' } as const;
const CHECK: Record<
  ArchiveBenefitCheck['status'],
  { label: string; tone: 'success' | 'moved' | 'removed' | 'default' }
> = {
  kept: { label: 'Kept', tone: 'success' },
  'partly-kept': { label: 'Partly kept', tone: 'moved' },
  lost: { label: 'Lost', tone: 'removed' },
  'no-reading': { label: 'No reading', tone: 'default' },
  pending: { label: 'Pending', tone: 'default' },
};

/** The project's closed initiatives (issue 11 item 8): outcome, residual risks, benefit checks, PIR, decisions; CSV and JSON export. */
export function Archive({ onShowDecisions }: { onShowDecisions: (search: string) => void }) {
  const archive = usePagedCall(archiveCalls.archive, QUERY, (p) => p.nextCursor);
  const rows = archive.pages.flatMap((p) => p.rows);
  if (archive.error && archive.pages.length === 0)
    return <ErrorMessage error={archive.error} onRetry={archive.reload} />;
  if (!archive.loading && archive.pages.length > 0 && rows.length === 0 && !archive.hasMore) {
    return (
      <Empty header="No closed initiative yet" description="An initiative is archived when its PIR is completed." />
    );
  }
  return (
    <Section
      title="Closed initiatives"
      actions={
        <ExportButtons
          choices={[
            { label: 'Export CSV', run: () => invokeCall(archiveCalls.exportArchive, { format: 'csv' }) },
            { label: 'Export JSON', run: () => invokeCall(archiveCalls.exportArchive, { format: 'json' }) },
          ]}
        />
      }
    >
      <PlainTable
        caption={<span className="csi-sr-only">Closed initiatives, latest first</span>}
        isLoading={archive.loading}
        head={{
          cells: [
            { key: 'issue', content: 'Initiative', width: 24 },
            { key: 'outcome', content: 'Outcome', width: 14 },
            { key: 'risks', content: 'Residual risks', width: 22 },
            { key: 'checks', content: 'Benefit checks', width: 20 },
            { key: 'pir', content: 'PIR', width: 20 },
          ],
        }}
        rows={rows.map((r) => ({ key: r.issueKey, cells: cellsOf(r, onShowDecisions) }))}
        emptyView={<p style={subtle}>Loading the archive…</p>}
      />
      {archive.error && <ErrorMessage error={archive.error} onRetry={archive.reload} />}
      {archive.hasMore && (
        <div style={{ paddingTop: token('space.100') }}>
          <Button onClick={archive.loadMore} isLoading={archive.loadingMore}>
            Load more
          </Button>
        </div>
      )}
    </Section>
  );
}

function cellsOf(r: ArchiveRow, onShowDecisions: (search: string) => void) {
  return [
    {
      key: 'issue',
      content: (
        <>
          <IssueLink issueKey={r.issueKey} /> {r.summary}
          <div style={subtle}>Closed {formatDate(r.closedAt)}</div>
        </>
      ),
    },
    {
      key: 'outcome',
      content: <Lozenge appearance={OUTCOME_TONE[r.outcome]}>{PIR_OUTCOME_LABELS[r.outcome]}</Lozenge>,
    },
    {
      key: 'risks',
      content:
        r.residualRisks.length === 0 ? (
          <span style={subtle}>None recorded</span>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: token('space.200') }}>
            {r.residualRisks.map((risk) => (
              <li key={risk}>{risk}</li>
            ))}
          </ul>
        ),
    },
    {
      key: 'checks',
      content: (
        <div style={stack('space.050')}>
          {r.benefitChecks.map((c) => (
            <div key={c.days}>
              +{c.days} d: <Lozenge appearance={CHECK[c.status].tone}>{CHECK[c.status].label}</Lozenge>{' '}
              <span style={subtle}>{formatDate(c.checkedAt ?? `${c.dueDate}T00:00:00Z`)}</span>
              {c.reviewIssueKey && (
                <>
                  {' '}
                  review <IssueLink issueKey={c.reviewIssueKey} />
                </>
              )}
            </div>
          ))}
        </div>
      ),
    },
    {
      key: 'pir',
      content: (
        <>
          {r.pir.templateName} v{r.pir.templateVersion}, completed by {r.completedBy}
          <div>
            <Button
              appearance="subtle"
              spacing="compact"
              aria-label={`Show the ${r.decisions.count === 1 ? 'decision' : `${r.decisions.count} decisions`} on ${r.issueKey} in the decision log`}
              onClick={() => onShowDecisions(r.decisions.logSearch)}
            >
              {r.decisions.count === 1 ? '1 decision' : `${r.decisions.count} decisions`} in the decision log
            </Button>
          </div>
        </>
      ),
    },
  ];
}
