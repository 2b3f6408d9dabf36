import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { checkpointCalls, type CheckpointView } from '@contracts/checkpoint.contract';
import type { PanelData } from '@contracts/issue-panel.contract';
import { useAction } from '../../../api/use-call';
import { ActionForm } from '../../../ui/ActionForm';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { NativeSelect } from '../../../ui/NativeSelect';
import { fieldErrorsOf, unplacedErrors } from '../../../ui/field-errors';
import { inline, stack } from '../../../ui/styles';
import { JUDGEMENT_CHOICES, VERDICT_CHOICES, VERDICT_LABELS } from './checkpoint-labels';
import { useRequestId } from './use-request-id';

type Judgement = (typeof JUDGEMENT_CHOICES)[number]['value'];
type Verdict = (typeof VERDICT_CHOICES)[number]['value'];

/** Records measured values (metrics) and judgements (statements) of an open checkpoint's criteria. */
export function MeasureForm({ checkpoint, onSaved }: { checkpoint: CheckpointView; onSaved: (d: PanelData) => void }) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      checkpoint.criteria.map((c) => [
        c.id,
        c.kind === 'metric' ? (c.measured === null ? '' : String(c.measured)) : c.judgement,
      ]),
    ),
  );
  const action = useAction(checkpointCalls.measure);
  const requestId = useRequestId();
  const errors = fieldErrorsOf(action.error);
  const submit = async () => {
    const results = checkpoint.criteria.map((c) => {
      const v = (values[c.id] ?? '').trim();
      if (c.kind === 'manual') return { criterionId: c.id, judgement: v as Judgement };
      return { criterionId: c.id, measured: v === '' ? null : Number(v.replace(',', '.')) };
    });
    const result = await action.run({ checkpointId: checkpoint.id, results, requestId: requestId.current() });
    if (result.ok) {
      requestId.done();
      onSaved(result.data);
    }
  };
  const placed = (key: string) => /^results\.\d+/.test(key);
  return (
    <ActionForm onSubmit={submit}>
      {checkpoint.criteria.map((c, i) => {
        const id = `measure-${checkpoint.id}-${c.id}`;
        const own = [...(errors[`results.${i}`] ?? []), ...(errors[`results.${i}.measured`] ?? [])];
        if (c.kind === 'metric') {
          return (
            <Field
              key={c.id}
              id={id}
              label={`${c.kpiName}: measured value`}
              errors={own}
              hint={`Baseline ${c.baseline}; leave empty until measured.`}
            >
              {(p) => (
                <Textfield
                  {...p}
                  inputMode="decimal"
                  value={values[c.id] ?? ''}
                  onChange={(e) => setValues({ ...values, [c.id]: e.currentTarget.value })}
                />
              )}
            </Field>
          );
        }
        return (
          <Field key={c.id} id={id} label={c.statement} errors={[...own, ...(errors[`results.${i}.judgement`] ?? [])]}>
            {(p) => (
              <NativeSelect
                {...p}
                options={JUDGEMENT_CHOICES}
                value={(values[c.id] ?? 'not-judged') as Judgement}
                onChange={(v) => setValues({ ...values, [c.id]: v ?? 'not-judged' })}
              />
            )}
          </Field>
        );
      })}
      {action.error && <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, placed)} />}
      <FormFooter label="Save results" pending={action.pending} />
    </ActionForm>
  );
}

/** A CSI admin's go / no-go / hold with its rationale; a verdict against the recommendation is an override. */
export function DecideForm({ checkpoint, onSaved }: { checkpoint: CheckpointView; onSaved: (d: PanelData) => void }) {
  const recommended = checkpoint.recommendation.verdict;
  const [verdict, setVerdict] = useState<Verdict | null>(recommended);
  const [rationale, setRationale] = useState('');
  const action = useAction(checkpointCalls.decide);
  const requestId = useRequestId();
  const errors = fieldErrorsOf(action.error);
  const id = `decide-${checkpoint.id}`;
  const submit = async () => {
    const result = await action.run({
      checkpointId: checkpoint.id,
      // An empty choice goes to the resolver's check, which names the field.
      verdict: (verdict ?? '') as Verdict,
      rationale,
      requestId: requestId.current(),
    });
    if (result.ok) {
      requestId.done();
      onSaved(result.data);
    }
  };
  const override = verdict !== null && verdict !== recommended;
  return (
    <ActionForm onSubmit={submit}>
      <Field
        id={`${id}-verdict`}
        label="Verdict"
        required
        errors={errors.verdict}
        hint={`Recommended: ${VERDICT_LABELS[recommended]}.`}
      >
        {(p) => (
          <NativeSelect {...p} options={VERDICT_CHOICES} value={verdict} onChange={setVerdict} placeholder="Choose…" />
        )}
      </Field>
      {override && (
        <SectionMessage appearance="warning" title="This is an override">
          <p>
            {VERDICT_LABELS[verdict]} goes against the recommended {VERDICT_LABELS[recommended]}. It is recorded as an
            override and takes effect only when a second CSI admin confirms it.
          </p>
        </SectionMessage>
      )}
      <Field
        id={`${id}-rationale`}
        label="Rationale"
        required
        errors={errors.rationale}
        hint="Why, for the decision log."
      >
        {(p) => (
          <TextArea {...p} minimumRows={3} value={rationale} onChange={(e) => setRationale(e.currentTarget.value)} />
        )}
      </Field>
      {action.error && (
        <ErrorMessage
          error={action.error}
          unplaced={unplacedErrors(errors, (k) => k === 'verdict' || k === 'rationale')}
        />
      )}
      <FormFooter
        label={`Record ${verdict ? VERDICT_LABELS[verdict].toLowerCase() : 'decision'}`}
        pending={action.pending}
      />
    </ActionForm>
  );
}

/** A second CSI admin confirms an override (the decider themself is refused by the resolver). */
export function ConfirmOverrideButton({
  checkpointId,
  onSaved,
}: {
  checkpointId: string;
  onSaved: (d: PanelData) => void;
}) {
  const action = useAction(checkpointCalls.confirm);
  const requestId = useRequestId();
  const run = async () => {
    const result = await action.run({ checkpointId, requestId: requestId.current() });
    if (result.ok) {
      requestId.done();
      onSaved(result.data);
    }
  };
  return (
    <div style={stack('space.100')}>
      <div style={inline('space.100')}>
        <Button appearance="primary" isLoading={action.pending} onClick={() => void run()}>
          Confirm override
        </Button>
      </div>
      {action.error && <ErrorMessage error={action.error} unplaced={Object.entries(action.error.fieldErrors ?? {})} />}
    </div>
  );
}

/** Asks again for a no-go's missing rollback issue. */
export function CompleteRollbackButton({
  checkpointId,
  onSaved,
}: {
  checkpointId: string;
  onSaved: (d: PanelData) => void;
}) {
  const action = useAction(checkpointCalls.completeRollback);
  const requestId = useRequestId();
  const run = async () => {
    const result = await action.run({ checkpointId, requestId: requestId.current() });
    if (result.ok) {
      requestId.done();
      onSaved(result.data);
    }
  };
  return (
    <>
      <Button isLoading={action.pending} onClick={() => void run()}>
        Create the rollback issue
      </Button>
      {action.error && <ErrorMessage error={action.error} />}
    </>
  );
}
