import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import type { ServicesData, ServiceView } from '@contracts/lifecycle-settings.contract';
import { lifecycleSettingsCalls } from '@contracts/lifecycle-settings.contract';
import type { UserRef } from '@contracts/views';
import { useAction } from '../../../api/use-call';
import { ActionForm } from '../../../ui/ActionForm';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';
import { inline } from '../../../ui/styles';
import { PersonPicker } from '../../../ui/PersonPicker';

interface Props {
  /** The service being edited; without it the form adds one. */
  editing?: ServiceView;
  onSaved: (data: ServicesData) => void;
  onCancel?: () => void;
}

/** Adds a service (key, name, owner), or renames one / gives it another owner. */
export function ServiceForm({ editing, onSaved, onCancel }: Props) {
  const [key, setKey] = useState(editing?.key ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [owner, setOwner] = useState<UserRef | null>(editing?.owner ?? null);
  const add = useAction(lifecycleSettingsCalls.addService);
  const update = useAction(lifecycleSettingsCalls.updateService);
  const action = editing ? update : add;
  const errors = action.error?.fieldErrors ?? {};
  const submit = async () => {
    const ownerAccountId = owner?.accountId ?? '';
    const result = editing
      ? await update.run({ key: editing.key, revision: editing.revision, name, ownerAccountId })
      : await add.run({ key, name, ownerAccountId });
    if (!result.ok) return;
    if (!editing) {
      setKey('');
      setName('');
      setOwner(null);
    }
    onSaved(result.data);
  };
  const prefix = editing ? `edit-${editing.key}` : 'new-service';
  return (
    <ActionForm onSubmit={submit}>
      {!editing && (
        <Field
          id={`${prefix}-key`}
          label="Key"
          hint="Lower-case letters, digits and dashes; it never changes and is never reused."
          errors={errors.key}
          required
        >
          {(p) => <Textfield {...p} value={key} onChange={(e) => setKey(e.currentTarget.value)} />}
        </Field>
      )}
      <Field id={`${prefix}-name`} label="Name" errors={errors.name} required>
        {(p) => <Textfield {...p} value={name} onChange={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <PersonPicker
        id={`${prefix}-owner`}
        role="Owner"
        chosen={owner}
        find={lifecycleSettingsCalls.findUsers}
        errors={errors.ownerAccountId}
        onChange={setOwner}
      />
      <div style={inline('space.100')}>
        <Button type="submit" appearance="primary" isLoading={action.pending}>
          {editing ? 'Save service' : 'Add service'}
        </Button>
        {onCancel && (
          <Button appearance="subtle" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
      {action.error && <ErrorMessage error={action.error} unplaced={unplacedOf(errors, !!editing)} />}
    </ActionForm>
  );
}

const unplacedOf = (errors: Record<string, string[]>, editing: boolean): Array<[string, string[]]> =>
  Object.entries(errors).filter(([k]) => !['name', 'ownerAccountId', ...(editing ? [] : ['key'])].includes(k));
