import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { PanelData } from '@contracts/issue-panel.contract';
import { PIR_OUTCOME_LABELS } from '@contracts/labels';
import { pirCalls, SECTION_OWNER_ROLE_LABELS, type PirSectionView, type PirView } from '@contracts/pir.contract';
import { useAction } from '../../../api/use-call';
import { ConfirmStep } from '../../../ui/ConfirmStep';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { Section } from '../../../ui/Section';
import { formatDate } from '../../../ui/format';
import { stack, subtle } from '../../../ui/styles';
import { PirSectionValue } from './PirSectionValue';
import { BenefitChecks } from './BenefitChecks';

// The section forms load when someone starts filling one.
const SectionEditor = lazy(() => import('./SectionEditor').then((m) => ({ default: m.SectionEditor })));

/**
 * The issue panel's PIR tab (issue 11 item 4): the review a major-change rule attached when the
 * issue reached done, its due date (flagged when overdue), each section with its guidance and owner,
 * filled by that owner, and the completion that logs the outcome and archives the initiative.
 */
export default function PirTab({ view, onSaved }: { view: PirView; onSaved: (data: PanelData) => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const filled = view.sections.filter((s) => s.filled).length;
  return (
    <div style={stack('space.300')}>
      <PirHeader view={view} filled={filled} />
      <BenefitChecks view={view} />
      {view.sections.map((section) => (
        <div key={section.key} role="group" aria-label={section.title}>
          <Section
            title={`${section.title}${section.required ? ' (required)' : ''}`}
            actions={
              section.canFill && editing !== section.key ? (
                <Button onClick={() => setEditing(section.key)}>{section.filled ? 'Edit' : 'Fill in'}</Button>
              ) : undefined
            }
          >
            <SectionBody
              section={section}
              view={view}
              editing={editing === section.key}
              onDone={(data) => {
                setEditing(null);
                if (data) onSaved(data);
              }}
            />
          </Section>
        </div>
      ))}
      {view.canComplete && <CompletePir view={view} onSaved={onSaved} />}
    </div>
  );
}

function PirHeader({ view, filled }: { view: PirView; filled: number }) {
  return (
    <Section title="Post-implementation review">
      <p style={{ margin: 0 }}>
        {view.state === 'completed' ? (
          <Lozenge appearance="success">Completed</Lozenge>
        ) : view.overdue ? (
          <Lozenge appearance="removed" isBold>
            Overdue
          </Lozenge>
        ) : (
          <Lozenge appearance="inprogress">Open</Lozenge>
        )}{' '}
        Due {formatDate(view.dueDate)} ({view.timeZone}) · {filled} of {view.sections.length} sections filled
        {view.overdueActions.length > 0 &&
          ` · ${view.overdueActions.length} ${view.overdueActions.length === 1 ? 'action' : 'actions'} overdue`}
      </p>
      <p style={subtle}>
        Required by the rule “{view.rule.name}” · template {view.template.name}, version {view.template.version}
      </p>
      {view.completion && (
        <p style={{ margin: 0 }}>
          Outcome: <strong>{PIR_OUTCOME_LABELS[view.completion.outcome]}</strong>, completed by{' '}
          {view.completion.by.displayName} on {formatDate(view.completion.at)} (decision #{view.completion.seq})
          {view.completion.residualRisks.length > 0 && `; residual risks: ${view.completion.residualRisks.join('; ')}`}
        </p>
      )}
    </Section>
  );
}

function SectionBody({
  section,
  view,
  editing,
  onDone,
}: {
  section: PirSectionView;
  view: PirView;
  editing: boolean;
  onDone: (data?: PanelData) => void;
}) {
  return (
    <div style={stack('space.100')}>
      <p style={subtle}>
        {section.guidance} Filled by: {SECTION_OWNER_ROLE_LABELS[section.ownerRole]}
        {section.filledBy && ` · last by ${section.filledBy.by.displayName}, ${formatDate(section.filledBy.at)}`}
      </p>
      {editing ? (
        <Suspense fallback={<Loading label="Loading the form" />}>
          <SectionEditor
            section={section}
            known={Object.fromEntries(
              view.actions.flatMap((a) => (a.assignee ? [[a.assignee.accountId, a.assignee]] : [])),
            )}
            onSaved={onDone}
            onCancel={() => onDone()}
          />
        </Suspense>
      ) : (
        <PirSectionValue value={section.value} actions={view.actions} live={view.actionsLive} />
      )}
    </div>
  );
}

function CompletePir({ view, onSaved }: { view: PirView; onSaved: (data: PanelData) => void }) {
  const [confirming, setConfirming] = useState(false);
  const action = useAction(pirCalls.complete);
  const missing = view.sections.filter((s) => s.required && !s.filled).map((s) => s.title);
  const complete = async () => {
    const result = await action.run({});
    setConfirming(false);
    if (result.ok) onSaved(result.data);
  };
  return (
    <Section title="Complete the review">
      {missing.length > 0 && <p style={subtle}>Still required: {missing.join(', ')}.</p>}
      {action.error && <ErrorMessage error={action.error} />}
      {confirming ? (
        <ConfirmStep
          confirmLabel="Complete the PIR"
          appearance="warning"
          pending={action.pending}
          onConfirm={() => void complete()}
          onCancel={() => setConfirming(false)}
        >
          <strong>Complete this PIR?</strong>
          <p style={{ margin: 0 }}>
            Its outcome and residual risks go into the decision log with your name, the review can no longer be edited,
            and the initiative is archived as closed.
          </p>
        </ConfirmStep>
      ) : (
        <div>
          <Button appearance="primary" onClick={() => setConfirming(true)}>
            Complete the PIR
          </Button>
        </div>
      )}
    </Section>
  );
}
