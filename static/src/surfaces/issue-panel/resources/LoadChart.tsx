import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { PersonLoadView } from '@contracts/commitment.contract';
import { Empty } from '../../../ui/Empty';
import { formatDate } from '../../../ui/format';
import { HorizontalBars } from '../../../ui/HorizontalBars';
import { stack } from '../../../ui/styles';

const initiativesText = (load: PersonLoadView) =>
  [load.initiatives.join(', '), load.hiddenInitiatives > 0 ? `${load.hiddenInitiatives} you cannot see` : '']
    .filter(Boolean)
    .join(' and ');

/**
 * Each committed person's peak hours per week across the active initiatives, as bars against the
 * threshold, with the numbers and the initiatives in words; an over-committed person is named in a
 * warning above the chart.
 */
export function LoadChart({ loads, thresholdHours }: { loads: PersonLoadView[]; thresholdHours: number }) {
  if (loads.length === 0) return <Empty header="No one is committed" description="Loads show once someone is." />;
  const over = loads.filter((l) => l.overCommitted);
  const scale = Math.max(thresholdHours * 1.5, ...loads.map((l) => l.peakHours));
  return (
    <div style={stack('space.150')}>
      {over.length > 0 && (
        <SectionMessage appearance="warning" title="Over-committed">
          {over.map((l) => (
            <p key={l.person.accountId}>
              {l.person.displayName} is committed {l.peakHours} hours a week from {formatDate(l.peakOn)}, more than{' '}
              {thresholdHours}, across {initiativesText(l)}.
            </p>
          ))}
        </SectionMessage>
      )}
      <HorizontalBars
        label={`Peak hours per week per person; over ${thresholdHours} is over-committed`}
        bars={loads.map((l) => ({
          key: l.person.accountId,
          label: l.person.displayName,
          fraction: l.peakHours / scale,
          valueText: `${l.peakHours} h/week (${l.confirmedPeakHours} confirmed) on ${initiativesText(l)}${
            l.overCommitted ? ': over-committed' : ''
          }`,
          colour: l.overCommitted ? token('color.background.danger.bold') : token('color.chart.brand'),
        }))}
      />
    </div>
  );
}
