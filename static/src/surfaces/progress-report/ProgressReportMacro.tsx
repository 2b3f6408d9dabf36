import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import { macroCalls } from '@contracts/macro.contract';
import { useCall } from '../../api/use-call';
import type { SurfaceProps } from '../../app/surfaces';
import { Empty } from '../../ui/Empty';
import { Loading } from '../../ui/Loading';
import { page, stack } from '../../ui/styles';
import { configRecord, MacroError, NotConfigured } from '../macro/MacroError';
import { InitiativeCard } from './InitiativeCard';
import { ReportHeader } from './ReportHeader';
import { useLightPrint } from './use-light-print';
import './progress-report.css';

const GET = {};

/** The "CSI progress report" macro: a portfolio header and one card per initiative. */
export default function ProgressReportMacro({ context }: SurfaceProps) {
  const configured = configRecord(context.extension.config) !== null;
  return <div style={page}>{configured ? <Report /> : <NotConfigured what="the Jira project to report on" />}</div>;
}

function Report() {
  useLightPrint();
  const report = useCall(macroCalls.progressReport, GET);
  if (!report.data)
    return report.error ? (
      <MacroError error={report.error} onRetry={report.reload} />
    ) : (
      <Loading label="Loading the progress report" />
    );
  const data = report.data;
  return (
    <div style={stack('space.300')}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: token('space.100'),
          flexWrap: 'wrap',
        }}
      >
        <Heading size="large" as="h2">{`Progress report · ${data.project} · last ${data.periodDays} days`}</Heading>
        <div data-print="hide">
          <Button onClick={() => window.print()}>Print</Button>
        </div>
      </div>
      <ReportHeader report={data} />
      {data.initiatives.length === 0 ? (
        <Empty
          header="No initiatives to report"
          description="No initiatives match this macro's project, statuses and classes."
        />
      ) : (
        <div className="csi-report-grid">
          {data.initiatives.map((item) => (
            <InitiativeCard key={item.issueKey} item={item} />
          ))}
        </div>
      )}
    </div>
  );
}
