import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import type { PanelData } from '@contracts/issue-panel.contract';
import { pirCalls, type PirSectionView } from '@contracts/pir.contract';
import type { UserRef } from '@contracts/views';
import { useAction } from '../../../api/use-call';
import { ActionForm } from '../../../ui/ActionForm';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { fieldErrorsOf, unplacedErrors } from '../../../ui/field-errors';
import { ListEditor } from './ListEditor';
import { draftOf, valueOf, type SectionDraft } from './section-drafts';

interface Props {
  section: PirSectionView;
  /** The action owners Jira already names (the actions' assignees), by account id. */
  known: Readonly<Record<string, UserRef>>;
  onSaved: (data: PanelData) => void;
  onCancel: () => void;
}

/** Fills one PIR section: a form for its kind, saved with its owner's name (field errors in place). */
export function SectionEditor({ section, known, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<SectionDraft>(() => draftOf(section));
  const action = useAction(pirCalls.saveSection);
  const errors = fieldErrorsOf(action.error);
  const id = `pir-${section.key}`;
  const submit = async () => {
    const result = await action.run({ sectionKey: section.key, value: valueOf(draft) });
    if (result.ok) onSaved(result.data);
  };
  return (
    <ActionForm onSubmit={submit}>
      {draft.kind === 'text' && (
        <Field id={id} label={section.title} required={section.required} errors={errors['value.text']}>
          {(p) => (
            <TextArea
              {...p}
              minimumRows={3}
              value={draft.text}
              onChange={(e) => setDraft({ kind: 'text', text: e.currentTarget.value })}
            />
          )}
        </Field>
      )}
      {draft.kind === 'kpi' && (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(9rem, 1fr))',
            gap: 'var(--ds-space-100)',
          }}
        >
          {(['baseline', 'target', 'after'] as const).map((k) => (
            <Field
              key={k}
              id={`${id}-${k}`}
              label={{ baseline: 'Before (baseline)', target: 'Target', after: 'After' }[k]}
              errors={errors[`value.${k}`]}
            >
              {(p) => (
                <Textfield
                  {...p}
                  type="text"
                  inputMode="decimal"
                  value={draft[k]}
                  onChange={(e) => setDraft({ ...draft, [k]: e.currentTarget.value })}
                />
              )}
            </Field>
          ))}
        </div>
      )}
      {draft.kind === 'kpi' && (
        <Field id={`${id}-note`} label="Note" errors={errors['value.note']}>
          {(p) => (
            <Textfield
              {...p}
              value={draft.note}
              onChange={(e) => setDraft({ ...draft, note: e.currentTarget.value })}
            />
          )}
        </Field>
      )}
      {draft.kind !== 'text' && draft.kind !== 'kpi' && (
        <ListEditor id={id} draft={draft} errors={errors} known={known} onChange={setDraft} />
      )}
      {action.error && (
        <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, (k) => k.startsWith('value.'))} />
      )}
      <FormFooter
        label={`Save ${section.title.toLowerCase()}`}
        pending={action.pending}
        extra={
          <Button appearance="subtle" onClick={onCancel}>
            Cancel
          </Button>
        }
      />
    </ActionForm>
  );
}
