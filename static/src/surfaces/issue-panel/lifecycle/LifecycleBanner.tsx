import SectionMessage from '@atlaskit/section-message';
import type { LifecycleView } from '@contracts/lifecycle-view';
import { formatDate } from '../../../ui/format';
import { inline, stack, subtle } from '../../../ui/styles';
import { StageLozenge } from './StageLozenge';

const APPEARANCE = {
  removed: 'error',
  moved: 'warning',
  success: 'success',
  inprogress: 'information',
  new: 'information',
  default: 'information',
} as const;

/**
 * Where the initiative stands in its lifecycle (issue 10 item 1): the stage as a lozenge, what it
 * means, what can happen next and where, and whether Jira's status is still being moved there.
 * Rejected and terminated read as errors, paused as a warning: a decision holds the work.
 */
export function LifecycleBanner({ view, jiraStatus }: { view: LifecycleView; jiraStatus: string }) {
  const moving = view.jiraStatus !== null && view.jiraStatus !== jiraStatus;
  return (
    <section aria-label="Lifecycle stage" data-testid="lifecycle-banner">
      <SectionMessage appearance={APPEARANCE[view.tone]} title={`Stage: ${view.label}`}>
        <div style={stack('space.050')}>
          <div style={inline('space.100')}>
            <StageLozenge view={view} />
            {view.since && <span style={subtle}>{`since ${formatDate(view.since)}`}</span>}
            {view.pausedFrom && <span style={subtle}>{`resumes to ${view.pausedFrom.replace('-', ' ')}`}</span>}
          </div>
          <p style={{ margin: 0 }}>{view.meaning}</p>
          <p style={{ margin: 0 }}>{view.next}</p>
          {moving && (
            <p style={{ margin: 0 }} role="status">
              {`Jira shows ${jiraStatus}; the CSI app is moving it to ${view.jiraStatus}.`}
            </p>
          )}
        </div>
      </SectionMessage>
    </section>
  );
}
