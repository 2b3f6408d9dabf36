import { useState } from 'react';
import { token } from '@atlaskit/tokens';
import { proposeCalls, type ProposalCreated } from '@contracts/propose.contract';
import { useCall } from '../../api/use-call';
import type { SurfaceProps } from '../../app/surfaces';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { IssueLink } from '../../ui/IssueLink';
import { Loading } from '../../ui/Loading';
import { stack } from '../../ui/styles';
import { ProposeForm } from './ProposeForm';

/**
 * The "Propose an improvement" issue action's dialog: a proposal in a CSI project, prefilled from
 * the issue it was opened on, linked to it once created.
 */
export default function ProposeDialog(_props: SurfaceProps) {
  const dialog = useCall(proposeCalls.get, {});
  const [created, setCreated] = useState<ProposalCreated | null>(null);
  if (dialog.loading) return <Loading label="Loading the proposal form" />;
  if (dialog.error || !dialog.data)
    return dialog.error ? <ErrorMessage error={dialog.error} onRetry={dialog.reload} /> : null;
  return (
    <main style={{ ...stack('space.200'), padding: token('space.200') }}>
      <h1 style={{ font: token('font.heading.medium'), margin: 0 }}>Propose an improvement</h1>
      {created ? (
        <p role="status" data-testid="proposal-created">
          Created <IssueLink issueKey={created.proposal.key} />{' '}
          {created.linked
            ? `and linked it to ${created.sourceKey}.`
            : `; Jira did not let you link it to ${created.sourceKey}, so link them by hand.`}
        </p>
      ) : (
        <ProposeForm data={dialog.data} onCreated={setCreated} />
      )}
    </main>
  );
}
