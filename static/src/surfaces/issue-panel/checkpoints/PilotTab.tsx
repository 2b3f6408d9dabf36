import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { CheckpointsView } from '@contracts/checkpoint.contract';
import type { PanelData } from '@contracts/issue-panel.contract';
import { Empty } from '../../../ui/Empty';
import { Loading } from '../../../ui/Loading';
import { Section } from '../../../ui/Section';
import { stack, subtle } from '../../../ui/styles';
import { CheckpointCard } from './CheckpointCard';
import { VERDICT_LABELS } from './checkpoint-labels';

// The add form is the largest piece: it downloads when someone opens it.
const CheckpointForm = lazy(() => import('./CheckpointForm').then((m) => ({ default: m.CheckpointForm })));

/**
 * The issue panel's Pilot tab (issue 10 item 2): the go / no-go checkpoints in due-date order, each
 * with its criteria and their outcome, the recommended verdict and why, and the decision; editors add
 * checkpoints and record results, CSI admins decide and confirm overrides.
 */
export default function PilotTab({ view, onSaved }: { view: CheckpointsView; onSaved: (data: PanelData) => void }) {
  const [adding, setAdding] = useState(false);
  const add = view.canAdd && (
    <Button appearance={adding ? 'subtle' : 'default'} onClick={() => setAdding(!adding)} aria-expanded={adding}>
      {adding ? 'Cancel' : 'Add a checkpoint'}
    </Button>
  );
  return (
    <div style={stack('space.300')}>
      <Section title="Go / no-go checkpoints" actions={add}>
        {view.latestVerdict && (
          <p style={subtle}>
            Verdict in effect for the lifecycle and the gates: <strong>{VERDICT_LABELS[view.latestVerdict]}</strong>
          </p>
        )}
        {adding && (
          <Suspense fallback={<Loading label="Loading the form" />}>
            <CheckpointForm
              maxCriteria={view.limits.criteriaPerCheckpoint}
              onSaved={(data) => {
                setAdding(false);
                onSaved(data);
              }}
            />
          </Suspense>
        )}
        {view.items.length === 0 && !adding ? (
          <Empty
            header="No checkpoints yet"
            description={
              view.canAdd
                ? 'Agree the success criteria and the rollback procedure before the pilot starts: add the first checkpoint.'
                : 'An editor of this issue adds the pilot’s checkpoints, with their success criteria and rollback procedure.'
            }
          />
        ) : (
          <ol aria-label="Checkpoints" style={{ ...stack('space.200'), listStyle: 'none', margin: 0, padding: 0 }}>
            {view.items.map((cp) => (
              <li key={cp.id}>
                <CheckpointCard checkpoint={cp} maxCriteria={view.limits.criteriaPerCheckpoint} onSaved={onSaved} />
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  );
}
