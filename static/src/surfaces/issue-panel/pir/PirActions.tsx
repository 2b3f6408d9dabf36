import Lozenge from '@atlaskit/lozenge';
import { ACTION_PRIORITY_LABELS, ACTION_STATUS_LABELS, type PirActionView } from '@contracts/pir.contract';
import { IssueLink } from '../../../ui/IssueLink';
import { formatDate } from '../../../ui/format';
import { subtle } from '../../../ui/styles';

const APPEARANCE = { open: 'inprogress', done: 'success', 'wont-do': 'default' } as const;

/**
 * The PIR's follow-up actions, each with its Jira issue and where it stands there (live: the panel
 * searched Jira for them), its owner, priority and due date, flagged when overdue, and why Jira
 * refused to create an issue, if it did.
 */
export function PirActions({ actions, live }: { actions: readonly PirActionView[]; live: boolean }) {
  if (actions.length === 0) return <p style={subtle}>No actions.</p>;
  return (
    <div>
      {!live && <p style={subtle}>Jira did not answer: the statuses shown are the last ones recorded.</p>}
      <ul style={{ margin: 0, paddingInlineStart: 'var(--ds-space-250)' }}>
        {actions.map((a) => (
          <li key={a.id}>
            {a.issueKey ? <IssueLink issueKey={a.issueKey} /> : <span style={subtle}>Not in Jira yet</span>} {a.title}{' '}
            <Lozenge appearance={APPEARANCE[a.status]}>{ACTION_STATUS_LABELS[a.status]}</Lozenge>
            {a.overdue && (
              <>
                {' '}
                <Lozenge appearance="removed">Overdue</Lozenge>
              </>
            )}
            <span style={subtle}>
              {' '}
              · {ACTION_PRIORITY_LABELS[a.priority]} · due {formatDate(a.dueDate)}
              {a.assignee && ` · ${a.assignee.displayName}`}
              {a.jiraStatus && ` · ${a.jiraStatus} in Jira`}
              {a.wontDoReason && ` (${a.wontDoReason})`}
            </span>
            {a.linkError && <p style={{ ...subtle, color: 'var(--ds-text-danger)' }}>{a.linkError}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
