import type { PlanView } from '@contracts/views';
import { formatNumber, formatPct } from '../../ui/format';
import { definitionList } from '../../ui/styles';

/** The plan, read-only, for viewers who cannot edit it. */
export function PlanSummary({ plan }: { plan: PlanView }) {
  const kpi = plan.kpi;
  const row = (term: string, value: string) => [
    <dt key={`${term}-t`}>{term}</dt>,
    <dd key={`${term}-d`} style={{ margin: 0 }}>
      {value}
    </dd>,
  ];
  return (
    <dl style={definitionList}>
      {row('Planned duration', plan.plannedDurationDays === null ? 'Not set' : `${plan.plannedDurationDays} days`)}
      {row('Target KPI', kpi ? kpi.name : 'Not set')}
      {kpi && row('Good direction', kpi.direction === 'increase' ? 'Up' : 'Down')}
      {kpi && row('Baseline', formatNumber(kpi.baseline))}
      {kpi && row('Expected', formatNumber(kpi.expected))}
      {kpi && row('MVI threshold', kpi.thresholdPct === null ? 'Configured default' : formatPct(kpi.thresholdPct))}
    </dl>
  );
}
