import Banner from '@atlaskit/banner';
import { token } from '@atlaskit/tokens';
import type { DecisionEntryView } from '@contracts/views';
import { formatDate } from '../../ui/format';
import { labelOf, REJECTION_REASON_LABELS } from '../../ui/labels';
import { subtle } from '../../ui/styles';

/** The prominent notice that this initiative was rejected, by whom, when and why. */
export function RejectionBanner({ entry }: { entry: DecisionEntryView }) {
  const reason = entry.reasonCategory ? labelOf(REJECTION_REASON_LABELS, entry.reasonCategory) : entry.summary;
  return (
    <div role="alert" style={{ display: 'grid', gap: token('space.100') }}>
      <Banner appearance="error">{`Rejected by ${entry.actor.displayName} on ${formatDate(entry.at)}: ${reason}`}</Banner>
      <div style={{ display: 'grid', gap: token('space.050'), paddingInline: token('space.100') }}>
        {entry.rationale && <p style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{entry.rationale}</p>}
        {entry.revisitIf && <p style={{ margin: 0 }}>{`Revisit if: ${entry.revisitIf}`}</p>}
        <span style={subtle}>{`Decision log entry #${entry.seq}`}</span>
      </div>
    </div>
  );
}
