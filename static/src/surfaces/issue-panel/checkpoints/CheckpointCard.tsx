import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CheckpointDecisionView, CheckpointView } from '@contracts/checkpoint.contract';
import type { PanelData } from '@contracts/issue-panel.contract';
import { formatDate, formatDateTime, formatNumber } from '../../../ui/format';
import { IssueLink } from '../../../ui/IssueLink';
import { Loading } from '../../../ui/Loading';
import { card, inline, stack, subtle } from '../../../ui/styles';
import { CompleteRollbackButton, ConfirmOverrideButton, DecideForm, MeasureForm } from './CheckpointActions';
import { OUTCOME_APPEARANCE, OUTCOME_LABELS, VERDICT_APPEARANCE, VERDICT_LABELS } from './checkpoint-labels';

const cell = {
  padding: `${token('space.050')} ${token('space.100')}`,
  textAlign: 'left' as const,
  verticalAlign: 'top',
};

function Criteria({ checkpoint }: { checkpoint: CheckpointView }) {
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ ...subtle, textAlign: 'left', marginTop: 0, marginBottom: token('space.050') }}>
        Success criteria of {checkpoint.name}
      </caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>
            Criterion
          </th>
          <th scope="col" style={cell}>
            Counts
          </th>
          <th scope="col" style={cell}>
            Outcome
          </th>
        </tr>
      </thead>
      <tbody>
        {checkpoint.criteria.map((c) => (
          <tr key={c.id} style={{ borderTop: `${token('border.width')} solid ${token('color.border')}` }}>
            <td style={cell}>
              <div>
                {c.kind === 'metric'
                  ? `${c.kpiName}: ${c.direction} by at least ${formatNumber(c.requiredChangePct)} % from ${formatNumber(c.baseline)}`
                  : c.statement}
              </div>
              <div style={subtle}>{c.detail}</div>
            </td>
            <td style={cell}>{c.priority === 'must' ? 'Must' : 'Should'}</td>
            <td style={cell}>
              <Lozenge appearance={OUTCOME_APPEARANCE[c.outcome]}>{OUTCOME_LABELS[c.outcome]}</Lozenge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Decision({
  decision,
  checkpointId,
  canComplete,
  onSaved,
}: {
  decision: CheckpointDecisionView;
  checkpointId: string;
  canComplete: boolean;
  onSaved: (data: PanelData) => void;
}) {
  const rollback = decision.rollback;
  return (
    <div style={stack('space.100')} aria-label="Decision">
      <div style={inline('space.100')}>
        <strong>Decision:</strong>
        <Lozenge appearance={VERDICT_APPEARANCE[decision.verdict]} isBold>
          {VERDICT_LABELS[decision.verdict]}
        </Lozenge>
        {decision.override && <Lozenge appearance="new">Override of {VERDICT_LABELS[decision.recommended]}</Lozenge>}
        {decision.state === 'awaiting-confirmation' && <Lozenge appearance="moved">Awaiting confirmation</Lozenge>}
        <span style={subtle}>
          by {decision.decider.displayName}, {formatDateTime(decision.decidedAt)} (log #{decision.seq})
        </span>
      </div>
      <p style={{ margin: 0 }}>{decision.rationale}</p>
      {decision.state === 'awaiting-confirmation' && (
        <p style={subtle}>An override takes effect when a second CSI admin confirms it; until then it moves nothing.</p>
      )}
      {decision.confirmedBy && (
        <p style={subtle}>
          Confirmed by {decision.confirmedBy.displayName}
          {decision.confirmedAt ? `, ${formatDateTime(decision.confirmedAt)}` : ''}
        </p>
      )}
      {rollback?.state === 'created' && (
        <p style={{ margin: 0 }} data-testid="rollback-issue">
          Rollback work: <IssueLink issueKey={rollback.issueKey} />
        </p>
      )}
      {rollback?.state === 'missing' && (
        <div style={inline('space.100')}>
          <span role="status" style={{ color: token('color.text.warning') }}>
            {rollback.problem ?? 'The rollback issue is not created yet.'}
          </span>
          {canComplete && <CompleteRollbackButton checkpointId={checkpointId} onSaved={onSaved} />}
        </div>
      )}
    </div>
  );
}

// Editing is rare: the form downloads when someone opens it.
const CheckpointForm = lazy(() => import('./CheckpointForm').then((m) => ({ default: m.CheckpointForm })));

type Open = 'edit' | 'measure' | 'decide' | null;

/** One checkpoint: due date, criteria and outcomes, the recommendation and why, the decision, and what the viewer may do. */
export function CheckpointCard({
  checkpoint,
  maxCriteria,
  onSaved,
}: {
  checkpoint: CheckpointView;
  maxCriteria: number;
  onSaved: (data: PanelData) => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const { recommendation: rec, decision, can } = checkpoint;
  const headingId = `checkpoint-${checkpoint.id}`;
  const saved = (data: PanelData) => {
    setOpen(null);
    onSaved(data);
  };
  const toggle = (which: Exclude<Open, null>, label: string) => (
    <Button appearance="default" onClick={() => setOpen(open === which ? null : which)} aria-expanded={open === which}>
      {open === which ? 'Cancel' : label}
    </Button>
  );
  return (
    <article aria-labelledby={headingId} style={{ ...card, ...stack('space.150') }}>
      <div style={inline('space.100')}>
        <h4 id={headingId} style={{ margin: 0, font: token('font.heading.xsmall') }}>
          {checkpoint.name}
        </h4>
        <span style={subtle}>due {formatDate(checkpoint.dueDate)}</span>
        {!decision && <Lozenge>Open</Lozenge>}
      </div>
      <Criteria checkpoint={checkpoint} />
      <div style={stack('space.050')} aria-label="Recommendation">
        <div style={inline('space.100')}>
          <strong>Recommended:</strong>
          <Lozenge appearance={VERDICT_APPEARANCE[rec.verdict]}>{VERDICT_LABELS[rec.verdict]}</Lozenge>
          {rec.decidedByLabel && <span style={subtle}>decided by “{rec.decidedByLabel}”</span>}
        </div>
        <p style={{ ...subtle, margin: 0 }}>{rec.explanation}</p>
      </div>
      <details>
        <summary>Rollback procedure</summary>
        <p style={{ whiteSpace: 'pre-wrap' }}>{checkpoint.rollbackProcedure}</p>
      </details>
      {decision && (
        <Decision
          decision={decision}
          checkpointId={checkpoint.id}
          canComplete={can.completeRollback}
          onSaved={onSaved}
        />
      )}
      {(can.edit || can.measure || can.decide || can.confirm) && (
        <div style={inline('space.100')}>
          {can.edit && toggle('edit', 'Edit')}
          {can.measure && toggle('measure', 'Record results')}
          {can.decide && toggle('decide', decision ? 'Decide again' : 'Decide')}
          {can.confirm && <ConfirmOverrideButton checkpointId={checkpoint.id} onSaved={onSaved} />}
        </div>
      )}
      {open === 'edit' && (
        <Suspense fallback={<Loading label="Loading the form" />}>
          <CheckpointForm maxCriteria={maxCriteria} initial={checkpoint} onSaved={saved} />
        </Suspense>
      )}
      {open === 'measure' && <MeasureForm checkpoint={checkpoint} onSaved={saved} />}
      {open === 'decide' && <DecideForm checkpoint={checkpoint} onSaved={saved} />}
    </article>
  );
}
