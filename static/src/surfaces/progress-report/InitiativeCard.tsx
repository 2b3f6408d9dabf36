import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ProgressReportInitiative } from '@contracts/macro.contract';
import { ClassLozenge, RagLozenge } from '../../ui/Lozenges';
import { formatDate, formatNumber, formatScore } from '../../ui/format';
import { card, definitionList, inline, subtle } from '../../ui/styles';
import { IssueLink } from '../../ui/IssueLink';
import { UpdateBody } from '../../ui/UpdateBody';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt style={{ fontWeight: token('font.weight.semibold') }}>{term}</dt>
      <dd style={{ margin: 0 }}>{children}</dd>
    </>
  );
}

/** One initiative in the standard layout of a progress report. */
export function InitiativeCard({ item }: { item: ProgressReportInitiative }) {
  const headingId = `initiative-${item.issueKey}`;
  return (
    <article
      className="csi-report-card"
      aria-labelledby={headingId}
      style={{ ...card, display: 'grid', alignContent: 'start', gap: token('space.150') }}
    >
      <Heading size="small" as="h3" id={headingId}>
        <IssueLink issueKey={item.issueKey} />
        {` · ${item.summary}`}
      </Heading>
      <div style={inline('space.100')}>
        <Lozenge>{item.status}</Lozenge>
        <Lozenge appearance="inprogress">{item.stage}</Lozenge>
        <ClassLozenge value={item.initiativeClass} />
      </div>
      <dl style={definitionList}>
        <Row term="Score">{formatScore(item.score)}</Row>
        <Row term="Owner">{item.owner ?? 'Not assigned'}</Row>
        <Row term="Latest checkpoint">{item.latestCheckpoint ?? 'None yet'}</Row>
        <Row term="KPI">
          {item.kpi ? (
            <span style={inline('space.100')}>
              {/* Nothing in the app records a KPI's current value yet: say so instead of a dash that looks like missing data. */}
              <span>{`${item.kpi.name}: baseline ${formatNumber(item.kpi.baseline)}, current ${item.kpi.current === null ? 'not tracked yet' : formatNumber(item.kpi.current)}, target ${formatNumber(item.kpi.target)}`}</span>
              <RagLozenge value={item.kpi.rag} />
            </span>
          ) : (
            'Not set'
          )}
        </Row>
        {/* Only where a PIR counts them: before one, 0 would read as "none open". */}
        {item.openActions !== null && <Row term="Open actions">{item.openActions}</Row>}
      </dl>
      {item.latestUpdate ? (
        <section style={{ display: 'grid', gap: token('space.100') }}>
          <div style={inline('space.100')}>
            <strong>Latest update</strong>
            <RagLozenge value={item.latestUpdate.rag} />
            <span style={subtle}>{`${item.latestUpdate.author.displayName}, ${formatDate(item.latestUpdate.at)}`}</span>
          </div>
          <UpdateBody update={item.latestUpdate} />
        </section>
      ) : (
        <span style={subtle}>No progress update yet.</span>
      )}
    </article>
  );
}
