import { useState } from 'react';
import TextArea from '@atlaskit/textarea';
import { RAGS } from '@contracts/fields';
import { issuePanelCalls, type PanelData } from '@contracts/issue-panel.contract';
import type { Rag } from '@contracts/views';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import { FormFooter } from '../../ui/FormFooter';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { RAG_LABELS } from '../../ui/labels';
import { ActionForm } from '../../ui/ActionForm';

const RAG_OPTIONS = RAGS.map((value) => ({ value, label: RAG_LABELS[value] }));
type Texts = { whatChanged: string; next: string; risks: string; asks: string };
const EMPTY: Texts = { whatChanged: '', next: '', risks: '', asks: '' };
const FIELDS: Array<{ key: keyof Texts; label: string; required?: boolean }> = [
  { key: 'whatChanged', label: 'What changed', required: true },
  { key: 'next', label: 'Next', required: true },
  { key: 'risks', label: 'Risks' },
  { key: 'asks', label: 'Asks' },
];

/** A structured progress update: what changed, next, risks, asks and a red-amber-green judgement. */
export function UpdateForm({ onSaved }: { onSaved: (data: PanelData) => void }) {
  const [texts, setTexts] = useState<Texts>(EMPTY);
  const [rag, setRag] = useState<Rag | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction(issuePanelCalls.postUpdate);
  const errors = fieldErrorsOf(action.error);

  const submit = async () => {
    setStatus(null);
    const result = await action.run({ ...texts, rag: rag as Rag });
    if (result.ok) {
      setTexts(EMPTY);
      setRag(null);
      setStatus('Update posted.');
      onSaved(result.data);
    }
  };

  return (
    <ActionForm onSubmit={submit}>
      {FIELDS.map((f) => (
        <Field key={f.key} id={`update-${f.key}`} label={f.label} required={f.required} errors={errors[f.key]}>
          {(p) => (
            <TextArea
              {...p}
              minimumRows={2}
              value={texts[f.key]}
              onChange={(e) => setTexts({ ...texts, [f.key]: e.currentTarget.value })}
            />
          )}
        </Field>
      ))}
      <Field id="update-rag" label="Status (RAG)" required errors={errors.rag}>
        {(p) => (
          <NativeSelect
            {...p}
            options={RAG_OPTIONS}
            value={rag}
            onChange={setRag}
            placeholder="Choose red, amber or green…"
          />
        )}
      </Field>
      {action.error && (
        <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, (k) => k in EMPTY || k === 'rag')} />
      )}
      <FormFooter label="Post update" pending={action.pending} status={status} />
    </ActionForm>
  );
}
