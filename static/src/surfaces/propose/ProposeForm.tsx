import { useState } from 'react';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { proposeCalls, type ProposalCreated, type ProposeData } from '@contracts/propose.contract';
import { newRequestId } from '../../api/call-policy';
import { useAction } from '../../api/use-call';
import { ActionForm } from '../../ui/ActionForm';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { NativeSelect } from '../../ui/NativeSelect';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';

const PLACED = ['summary', 'why', 'targetProject', 'issueType'];

/** The proposal's fields; one request id per draft, so a retried submit creates one issue. */
export function ProposeForm({ data, onCreated }: { data: ProposeData; onCreated: (c: ProposalCreated) => void }) {
  const [summary, setSummary] = useState(data.source.summary);
  const [why, setWhy] = useState('');
  const [target, setTarget] = useState<string | null>(data.targets[0]?.key ?? null);
  const [issueType, setIssueType] = useState<string | null>(data.issueTypes[0] ?? null);
  const [requestId] = useState(newRequestId);
  const action = useAction(proposeCalls.submit);
  const errors = fieldErrorsOf(action.error);

  const submit = async () => {
    const result = await action.run({
      summary,
      why,
      targetProject: target ?? '',
      issueType: issueType ?? '',
      requestId,
    });
    if (result.ok) onCreated(result.data);
  };

  return (
    <ActionForm onSubmit={submit}>
      <p>
        From <strong>{data.source.key}</strong> ({data.source.issueType}). The proposal links back to it as evidence.
      </p>
      <Field id="propose-summary" label="Summary" required errors={errors.summary}>
        {(p) => <Textfield {...p} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} />}
      </Field>
      <Field id="propose-why" label="Why, and what to improve" required errors={errors.why}>
        {(p) => <TextArea {...p} minimumRows={3} value={why} onChange={(e) => setWhy(e.currentTarget.value)} />}
      </Field>
      <Field id="propose-project" label="CSI project" required errors={errors.targetProject}>
        {(p) => (
          <NativeSelect
            {...p}
            options={data.targets.map((t) => ({ value: t.key, label: `${t.name} (${t.key})` }))}
            value={target}
            onChange={setTarget}
            placeholder="No project lets you create issues"
          />
        )}
      </Field>
      <Field id="propose-type" label="Issue type" required errors={errors.issueType}>
        {(p) => (
          <NativeSelect
            {...p}
            options={data.issueTypes.map((t) => ({ value: t, label: t }))}
            value={issueType}
            onChange={setIssueType}
            placeholder="No issue type takes part in CSI"
          />
        )}
      </Field>
      {action.error && (
        <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, (k) => PLACED.includes(k))} />
      )}
      <FormFooter label="Create proposal" pending={action.pending} />
    </ActionForm>
  );
}
