import { useState } from 'react';
import Textfield from '@atlaskit/textfield';
import { resourcesCalls, type ResourcesData } from '@contracts/commitment.contract';
import type { UserRef } from '@contracts/views';
import { useAction } from '../../../api/use-call';
import { ActionForm } from '../../../ui/ActionForm';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';
import { fieldErrorsOf, unplacedErrors } from '../../../ui/field-errors';
import { FormFooter } from '../../../ui/FormFooter';
import { inline } from '../../../ui/styles';
import { PersonPicker } from '../../../ui/PersonPicker';

const PLACED = new Set(['personAccountId', 'hoursPerWeek', 'start', 'end']);

/** Requests a named person's hours per week over a period; the service owner confirms it later. */
export function RequestForm({
  today,
  full,
  onSaved,
}: {
  today: string;
  full: boolean;
  onSaved: (data: ResourcesData) => void;
}) {
  const [person, setPerson] = useState<UserRef | null>(null);
  const [hours, setHours] = useState('');
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction(resourcesCalls.request);
  const errors = fieldErrorsOf(action.error);
  const submit = async () => {
    setStatus(null);
    const result = await action.run({
      personAccountId: person?.accountId ?? '',
      hoursPerWeek: hours.trim() === '' ? Number.NaN : Number(hours),
      start,
      end,
    });
    if (result.ok) {
      setPerson(null);
      setHours('');
      setEnd('');
      setStatus('Commitment requested; the service owner confirms it.');
      onSaved(result.data);
    }
  };
  if (full) return <p>This initiative holds the most commitments it may.</p>;
  return (
    <ActionForm onSubmit={submit}>
      <PersonPicker
        id="commitment-person"
        role="Person"
        chosen={person}
        find={resourcesCalls.findPeople}
        errors={errors.personAccountId}
        onChange={setPerson}
      />
      <div style={inline('space.200')}>
        <Field id="commitment-hours" label="Hours per week" required errors={errors.hoursPerWeek}>
          {(p) => (
            <Textfield {...p} inputMode="decimal" value={hours} onChange={(e) => setHours(e.currentTarget.value)} />
          )}
        </Field>
        <Field id="commitment-start" label="From" required errors={errors.start}>
          {(p) => <Textfield {...p} type="date" value={start} onChange={(e) => setStart(e.currentTarget.value)} />}
        </Field>
        <Field id="commitment-end" label="Until" required errors={errors.end}>
          {(p) => <Textfield {...p} type="date" value={end} onChange={(e) => setEnd(e.currentTarget.value)} />}
        </Field>
      </div>
      {action.error && <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, (k) => PLACED.has(k))} />}
      <FormFooter label="Request commitment" pending={action.pending} status={status} />
    </ActionForm>
  );
}
