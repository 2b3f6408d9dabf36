import { useState } from 'react';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { REASON_CATEGORIES } from '@contracts/fields';
import { issuePanelCalls, type PanelData } from '@contracts/issue-panel.contract';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import { FormFooter } from '../../ui/FormFooter';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { REJECTION_REASON_LABELS } from '../../ui/labels';
import { OptionsList } from './OptionsList';
import { ActionForm } from '../../ui/ActionForm';
import { ConfirmStep } from '../../ui/ConfirmStep';

type Reason = (typeof REASON_CATEGORIES)[number];
const REASONS = REASON_CATEGORIES.map((value) => ({ value, label: REJECTION_REASON_LABELS[value] }));

/** Records a rejection in the decision log: a category, the rationale, the options considered. */
export function RejectForm({ onSaved }: { onSaved: (data: PanelData) => void }) {
  const [reason, setReason] = useState<Reason | null>(null);
  const [rationale, setRationale] = useState('');
  const [options, setOptions] = useState<string[]>([]);
  const [revisitIf, setRevisitIf] = useState('');
  const [confirming, setConfirming] = useState(false);
  const action = useAction(issuePanelCalls.reject);
  const errors = fieldErrorsOf(action.error);
  const isPlaced = (k: string) =>
    ['reasonCategory', 'rationale', 'revisitIf', 'optionsConsidered'].includes(k) || /^optionsConsidered\.\d+$/.test(k);

  // The first click asks; only the confirmation rejects (a rejection cannot be undone).
  const ask = () => {
    action.clearError();
    setConfirming(true);
    return Promise.resolve();
  };
  const submit = async () => {
    const result = await action.run({
      reasonCategory: reason as Reason,
      rationale,
      optionsConsidered: options,
      ...(revisitIf.trim() === '' ? {} : { revisitIf }),
    });
    setConfirming(false);
    if (result.ok) onSaved(result.data);
  };

  return (
    <ActionForm onSubmit={confirming ? submit : ask}>
      <p style={{ margin: 0 }}>A rejection is recorded in the decision log and cannot be edited afterwards.</p>
      <Field id="reject-reason" label="Reason category" required errors={errors.reasonCategory}>
        {(p) => (
          <NativeSelect {...p} options={REASONS} value={reason} onChange={setReason} placeholder="Choose a reason…" />
        )}
      </Field>
      <Field id="reject-rationale" label="Rationale" required errors={errors.rationale}>
        {(p) => (
          <TextArea {...p} minimumRows={3} value={rationale} onChange={(e) => setRationale(e.currentTarget.value)} />
        )}
      </Field>
      <OptionsList
        id="reject-options"
        items={options}
        onChange={setOptions}
        itemErrors={(i) => errors[`optionsConsidered.${i}`] ?? []}
        listErrors={errors.optionsConsidered ?? []}
      />
      <Field
        id="reject-revisit"
        label="Revisit if (optional)"
        hint='For example "budget for Q3 is approved".'
        errors={errors.revisitIf}
      >
        {(p) => <Textfield {...p} value={revisitIf} onChange={(e) => setRevisitIf(e.currentTarget.value)} />}
      </Field>
      {action.error && <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, isPlaced)} />}
      {confirming ? (
        <ConfirmStep
          confirmLabel="Reject for good"
          pending={action.pending}
          onConfirm={() => void submit()}
          onCancel={() => setConfirming(false)}
        >
          <strong>Reject this initiative?</strong>
          <p style={{ margin: 0 }}>
            The rejection is written to the decision log with your name and cannot be edited or undone; raters can no
            longer rate it.
          </p>
        </ConfirmStep>
      ) : (
        <FormFooter label="Reject initiative" appearance="danger" pending={action.pending} />
      )}
    </ActionForm>
  );
}
