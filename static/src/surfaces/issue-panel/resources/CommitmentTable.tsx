import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import {
  resourcesCalls,
  type CommitmentState,
  type CommitmentView,
  type ResourcesData,
} from '@contracts/commitment.contract';
import { useAction } from '../../../api/use-call';
import { Empty } from '../../../ui/Empty';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { formatDate, formatDateTime } from '../../../ui/format';
import { PlainTable } from '../../../ui/PlainTable';
import { stack, subtle } from '../../../ui/styles';

const STATE = {
  requested: { label: 'Requested', appearance: 'inprogress' },
  confirmed: { label: 'Confirmed', appearance: 'success' },
  expired: { label: 'Expired', appearance: 'default' },
} as const satisfies Record<CommitmentState, { label: string; appearance: string }>;

/** A commitment's state as a lozenge, with the word so colour is never the only cue. */
export function StateLozenge({ state }: { state: CommitmentState }) {
  return <Lozenge appearance={STATE[state].appearance}>{STATE[state].label}</Lozenge>;
}

function Confirmation({ c }: { c: CommitmentView }) {
  if (!c.confirmedBy || !c.confirmedAt) return <span style={subtle}>Not yet</span>;
  return (
    <span>
      {c.confirmedBy.displayName}
      {c.confirmedFor ? ` (${c.confirmedFor})` : ''}
      <br />
      <span style={subtle}>{formatDateTime(c.confirmedAt)}</span>
    </span>
  );
}

/** The initiative's commitments: who, how many hours, when, state, who asked and who confirmed. */
export function CommitmentTable({ data, onSaved }: { data: ResourcesData; onSaved: (d: ResourcesData) => void }) {
  const confirm = useAction(resourcesCalls.confirm);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (c: CommitmentView) => {
    setBusy(c.id);
    const result = await confirm.run({ commitmentId: c.id });
    setBusy(null);
    if (result.ok) onSaved(result.data);
  };
  return (
    <div style={stack('space.100')}>
      <PlainTable
        caption="Commitments"
        head={{
          cells: [
            { key: 'person', content: 'Person' },
            { key: 'hours', content: 'Hours / week' },
            { key: 'period', content: 'Period' },
            { key: 'state', content: 'State' },
            { key: 'requested', content: 'Requested by' },
            { key: 'confirmed', content: 'Confirmed by' },
            { key: 'action', content: 'Action' },
          ],
        }}
        rows={data.commitments.map((c) => ({
          key: c.id,
          cells: [
            { key: 'person', content: c.person.displayName },
            { key: 'hours', content: String(c.hoursPerWeek) },
            { key: 'period', content: `${formatDate(c.start)} – ${formatDate(c.end)}` },
            { key: 'state', content: <StateLozenge state={c.state} /> },
            {
              key: 'requested',
              content: (
                <span>
                  {c.requestedBy.displayName}
                  <br />
                  <span style={subtle}>{formatDateTime(c.requestedAt)}</span>
                </span>
              ),
            },
            { key: 'confirmed', content: <Confirmation c={c} /> },
            {
              key: 'action',
              content: c.canConfirm ? (
                <Button
                  appearance="primary"
                  spacing="compact"
                  isLoading={busy === c.id}
                  onClick={() => void run(c)}
                  aria-label={`Confirm ${c.hoursPerWeek} hours a week of ${c.person.displayName}`}
                >
                  Confirm
                </Button>
              ) : null,
            },
          ],
        }))}
        emptyView={
          <Empty
            header="No commitments yet"
            description="The initiative's owner requests named people's hours; the owner of an affected service confirms them."
          />
        }
      />
      {confirm.error && (
        <ErrorMessage error={confirm.error} unplaced={Object.entries(confirm.error.fieldErrors ?? {})} />
      )}
    </div>
  );
}
