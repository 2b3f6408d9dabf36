import { useState } from 'react';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { issuePanelCalls, type PanelData } from '@contracts/issue-panel.contract';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { NativeSelect } from '../../ui/NativeSelect';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { DECISION_CHOICES, decisionPayload, EMPTY_DECISION, type DecisionDraftState } from './decision-form-fields';
import { OptionsList } from './OptionsList';
import { ActionForm } from '../../ui/ActionForm';

const VERDICTS = [
  { value: 'go' as const, label: 'Go' },
  { value: 'hold' as const, label: 'Hold' },
  { value: 'no-go' as const, label: 'No-go' },
];
const OUTCOMES = [
  { value: 'met' as const, label: 'Objectives met' },
  { value: 'partly-met' as const, label: 'Partly met' },
  { value: 'not-met' as const, label: 'Not met' },
];
const OVERRIDDEN = [
  { value: 'checkpoint-recommendation' as const, label: 'A checkpoint recommendation' },
  { value: 'gate' as const, label: 'A workflow gate' },
  { value: 'pause-terminate-trigger' as const, label: 'A pause or terminate trigger' },
];

/**
 * Records a CAB decision about this initiative in the decision log (it cannot be edited afterwards).
 * A reopen is offered only for a rejected or terminated initiative (`canReopen`).
 */
export function DecisionForm({
  paused,
  canReopen = false,
  onSaved,
}: {
  paused: boolean;
  canReopen?: boolean;
  onSaved: (data: PanelData) => void;
}) {
  const [d, setD] = useState<DecisionDraftState>(EMPTY_DECISION);
  const action = useAction(issuePanelCalls.recordDecision);
  const errors = fieldErrorsOf(action.error, 'decision.');
  const set = (patch: Partial<DecisionDraftState>) => setD({ ...d, ...patch });
  const text = (
    id: string,
    label: string,
    key: 'checkpointName' | 'trigger' | 'overrideRecommended' | 'decided' | 'correctsSeq',
    err: string,
    hint?: string,
  ) => (
    <Field id={id} label={label} required={key !== 'trigger'} errors={errors[err]} hint={hint}>
      {(p) => <Textfield {...p} value={d[key]} onChange={(e) => set({ [key]: e.currentTarget.value })} />}
    </Field>
  );
  const submit = async () => {
    const result = await action.run(decisionPayload(d));
    if (result.ok) {
      setD(EMPTY_DECISION);
      onSaved(result.data);
    }
  };
  const choices = DECISION_CHOICES.filter(
    (c) => (paused ? c.value !== 'pause' : c.value !== 'resume') && (canReopen || c.value !== 'reopen'),
  );
  return (
    <ActionForm onSubmit={submit}>
      <Field id="decision-type" label="Decision" required errors={errors.type}>
        {(p) => (
          <NativeSelect
            {...p}
            options={choices}
            value={d.type}
            onChange={(type) => set({ type })}
            placeholder="Choose what was decided…"
          />
        )}
      </Field>
      {d.type === 'checkpoint-decision' && (
        <>
          {text('decision-checkpoint', 'Checkpoint', 'checkpointName', 'checkpointName', 'For example "Pilot gate".')}
          <Field id="decision-recommended" label="Recommended verdict" required errors={errors.recommended}>
            {(p) => (
              <NativeSelect
                {...p}
                options={VERDICTS}
                value={d.recommended}
                onChange={(recommended) => set({ recommended })}
                placeholder="Choose…"
              />
            )}
          </Field>
          <Field
            id="decision-verdict"
            label="Verdict"
            required
            errors={errors.verdict}
            hint="A verdict against the recommendation is recorded as an override."
          >
            {(p) => (
              <NativeSelect
                {...p}
                options={VERDICTS}
                value={d.verdict}
                onChange={(verdict) => set({ verdict })}
                placeholder="Choose…"
              />
            )}
          </Field>
        </>
      )}
      {(d.type === 'pause' || d.type === 'terminate') &&
        text('decision-trigger', 'Triggered by (optional)', 'trigger', 'trigger', 'For example "score fell below 40".')}
      {d.type === 'override' && (
        <>
          <Field id="decision-overridden" label="What was overridden" required errors={errors.overridden}>
            {(p) => (
              <NativeSelect
                {...p}
                options={OVERRIDDEN}
                value={d.overridden}
                onChange={(overridden) => set({ overridden })}
                placeholder="Choose…"
              />
            )}
          </Field>
          {text('decision-override-recommended', 'It recommended', 'overrideRecommended', 'recommended')}
          {text('decision-decided', 'We decided', 'decided', 'decided')}
        </>
      )}
      {d.type === 'pir-completed' && (
        <>
          <Field id="decision-outcome" label="Outcome" required errors={errors.outcome}>
            {(p) => (
              <NativeSelect
                {...p}
                options={OUTCOMES}
                value={d.outcome}
                onChange={(outcome) => set({ outcome })}
                placeholder="Choose…"
              />
            )}
          </Field>
          <OptionsList
            id="decision-risks"
            label="Residual risks"
            itemLabel="Another residual risk"
            items={d.residualRisks}
            onChange={(residualRisks) => set({ residualRisks })}
            itemErrors={(i) => errors[`residualRisks.${i}`] ?? []}
            listErrors={errors.residualRisks ?? []}
          />
        </>
      )}
      {d.type === 'correction' &&
        text(
          'decision-corrects',
          'Corrects decision #',
          'correctsSeq',
          'correctsSeq',
          'The number of the decision this corrects; the original stays in the log.',
        )}
      {d.type !== null && (
        <>
          <Field
            id="decision-rationale"
            label={d.type === 'reopen' ? 'Reason to reopen' : 'Rationale'}
            required
            errors={errors.rationale}
            hint={d.type === 'reopen' ? 'It goes back under review; the earlier decision stays in the log.' : undefined}
          >
            {(p) => (
              <TextArea
                {...p}
                minimumRows={3}
                value={d.rationale}
                onChange={(e) => set({ rationale: e.currentTarget.value })}
              />
            )}
          </Field>
          {!['resume', 'reopen', 'pir-completed', 'correction'].includes(d.type) && (
            <OptionsList
              id="decision-options"
              items={d.options}
              onChange={(options) => set({ options })}
              itemErrors={(i) => errors[`optionsConsidered.${i}`] ?? []}
              listErrors={errors.optionsConsidered ?? []}
            />
          )}
        </>
      )}
      {action.error && (
        <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, (k) => k === 'type' || isShown(k, d))} />
      )}
      <FormFooter label="Record decision" pending={action.pending} disabled={d.type === null} />
    </ActionForm>
  );
}

/** Whether a field error has a field on screen for the chosen kind. */
function isShown(key: string, d: DecisionDraftState): boolean {
  const field = key.split('.')[0] ?? key;
  const shown: Record<string, string[]> = {
    'checkpoint-decision': ['checkpointName', 'verdict', 'recommended', 'rationale', 'optionsConsidered'],
    pause: ['trigger', 'rationale', 'optionsConsidered'],
    terminate: ['trigger', 'rationale', 'optionsConsidered'],
    resume: ['rationale'],
    override: ['overridden', 'recommended', 'decided', 'rationale', 'optionsConsidered'],
    'pir-completed': ['outcome', 'residualRisks', 'rationale'],
    correction: ['correctsSeq', 'rationale'],
    reopen: ['rationale'],
  };
  return (shown[d.type ?? ''] ?? []).includes(field);
}
