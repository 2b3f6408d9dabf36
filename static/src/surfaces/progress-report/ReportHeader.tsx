import { token } from '@atlaskit/tokens';
import type { ProgressReport } from '@contracts/macro.contract';
import { BalanceBand } from '../../ui/BalanceBand';
import { HorizontalBars } from '../../ui/HorizontalBars';
import { Section } from '../../ui/Section';
import { card, metric, subtle } from '../../ui/styles';

/** The portfolio summary on top of the report: counts by stage, balance, decisions in the period. */
export function ReportHeader({ report }: { report: ProgressReport }) {
  const stages = Object.entries(report.header.countsByStage);
  const max = Math.max(1, ...stages.map(([, n]) => n));
  return (
    <div
      className="csi-report-header"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: token('space.200') }}
    >
      <div className="csi-report-card" style={card}>
        <Section title="Initiatives by stage">
          {stages.length === 0 ? (
            <span style={subtle}>No initiatives.</span>
          ) : (
            <HorizontalBars
              label="Initiatives by stage"
              bars={stages.map(([stage, n]) => ({ key: stage, label: stage, fraction: n / max, valueText: String(n) }))}
            />
          )}
        </Section>
      </div>
      <div className="csi-report-card" style={card}>
        <Section title="Balance against target">
          <BalanceBand balance={report.header.balance} />
        </Section>
      </div>
      <div className="csi-report-card" style={card}>
        <Section title="Decisions in the period">
          <span style={metric}>
            {report.header.decisionsInPeriodLowerBound
              ? `at least ${report.header.decisionsInPeriod}`
              : report.header.decisionsInPeriod}
          </span>
          <span style={subtle}>{`recorded in the last ${report.periodDays} days`}</span>
        </Section>
      </div>
    </div>
  );
}
