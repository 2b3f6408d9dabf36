import SectionMessage from '@atlaskit/section-message';
import type { StopCriteriaView } from '@contracts/stop-criteria.contract';
import { formatDate } from '../../../ui/format';

/**
 * The pause / terminate criteria that fired and still wait for the committee's decision, above
 * every tab: each says what it proposes and why; CSI admins answer it in the Decisions tab.
 */
export function TriggeredBanner({ view }: { view: StopCriteriaView }) {
  const open = view.triggered.filter((t) => t.answeredSeq === null);
  if (open.length === 0) return null;
  const proposes = open.some((t) => t.proposes === 'terminate') ? 'termination' : 'pause';
  return (
    <SectionMessage
      appearance="warning"
      title={`A stop criterion fired: the committee should decide (${proposes} proposed)`}
    >
      <ul style={{ margin: 0 }}>
        {open.map((t) => (
          <li key={t.id}>
            {t.message} <span>(since {formatDate(t.since)})</span>
          </li>
        ))}
      </ul>
      <p>
        {view.canEdit
          ? 'Record a pause or a termination in the Decisions tab, or continue: an override of the pause or terminate trigger, with your reason.'
          : 'A CSI admin records the decision in the Decisions tab.'}
      </p>
    </SectionMessage>
  );
}
