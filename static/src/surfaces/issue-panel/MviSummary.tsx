import Lozenge from '@atlaskit/lozenge';
import type { MviView } from '@contracts/views';
import { formatPct } from '../../ui/format';
import { definitionList, inline } from '../../ui/styles';

const STATUS = {
  passed: { text: 'MVI passed', appearance: 'success' },
  failed: { text: 'MVI not met', appearance: 'removed' },
  missing: { text: 'MVI not set', appearance: 'default' },
} as const;

/** The minimum-viable-improvement result the resolver computed, with its numbers. */
export function MviSummary({ mvi }: { mvi: MviView }) {
  const status = STATUS[mvi.status];
  return (
    <div style={inline('space.100')}>
      <Lozenge appearance={status.appearance}>{status.text}</Lozenge>
      <span>{mvi.message}</span>
      {mvi.status !== 'missing' && (
        <dl style={{ ...definitionList, width: '100%' }}>
          <dt>KPI</dt>
          <dd style={{ margin: 0 }}>{mvi.kpi ?? '–'}</dd>
          <dt>Expected improvement</dt>
          <dd style={{ margin: 0 }}>{formatPct(mvi.improvementPct)}</dd>
          <dt>Threshold</dt>
          <dd style={{ margin: 0 }}>{formatPct(mvi.thresholdPct)}</dd>
        </dl>
      )}
    </div>
  );
}
