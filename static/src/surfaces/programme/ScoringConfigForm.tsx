import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { adminCalls, type AdminData, type PreviewData } from '@contracts/admin.contract';
import type { ResolverError } from '@contracts/envelope';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { Section } from '../../ui/Section';
import { stack } from '../../ui/styles';
import { toDraft, toInput, type ConfigDraft } from './config-draft';
import { CriteriaEditor } from './CriteriaEditor';
import { isCriterionKey } from './CriterionEditor';
import { IssueTypesField } from './IssueTypesField';
import { PreviewTable } from './PreviewTable';
import { RescoreProgress } from './RescoreProgress';
import { THRESHOLD_KEYS, ThresholdFields } from './ThresholdFields';

const isPlaced = (k: string) =>
  isCriterionKey(k) || THRESHOLD_KEYS.includes(k) || k === 'enabledIssueTypes' || k === 'reason';

/** Edits a draft of the configuration; previews it; saves it with a reason. */
export function AdminForm({ data, onSaved }: { data: AdminData; onSaved: (d: AdminData) => void }) {
  const [draft, setDraft] = useState<ConfigDraft>(() => toDraft(data.config, data.issueTypes));
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<PreviewData | null>(null);
  const previewCall = useAction(adminCalls.preview);
  const save = useAction(adminCalls.save);
  // Whichever call ran last owns the field errors; `config.` is the payload wrapper, not a field.
  const [lastError, setLastError] = useState<ResolverError | null>(null);
  const errors = fieldErrorsOf(lastError, 'config.');
  const edit = (d: ConfigDraft) => {
    setDraft(d);
    setPreview(null);
  };

  const runPreview = async () => {
    const result = await previewCall.run({ config: toInput(draft) });
    setLastError(result.ok ? null : result.error);
    if (result.ok) setPreview(result.data);
  };
  const runSave = async () => {
    const result = await save.run({ config: toInput(draft), reason });
    setLastError(result.ok ? null : result.error);
    if (result.ok) onSaved(result.data);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void runSave();
      }}
      style={stack('space.400')}
    >
      <RescoreProgress initial={data.rescore} />
      <Section title="Criteria">
        <CriteriaEditor
          criteria={draft.criteria}
          errors={errors}
          onChange={(criteria) => edit({ ...draft, criteria })}
          disabled={save.pending}
        />
      </Section>
      <Section title="Thresholds">
        <ThresholdFields draft={draft} errors={errors} onChange={edit} />
      </Section>
      <Section title="Issue types">
        <IssueTypesField
          issueTypes={data.issueTypes}
          value={draft.enabledIssueTypes}
          errors={errors.enabledIssueTypes}
          onChange={(enabledIssueTypes) => edit({ ...draft, enabledIssueTypes })}
        />
      </Section>
      <Section title="Preview and save">
        <div style={stack('space.200')}>
          <Field
            id="change-reason"
            label="Reason for this change"
            required
            errors={errors.reason}
            hint="Recorded in the decision log with your name."
          >
            {(p) => (
              <TextArea {...p} minimumRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            )}
          </Field>
          {lastError && <ErrorMessage error={lastError} unplaced={unplacedErrors(errors, isPlaced)} />}
          {!data.viewer.canSave && (
            <SectionMessage appearance="information" title="You can preview but not save">
              <p>Only CSI admins can save the scoring configuration. Ask a CSI admin to make this change.</p>
            </SectionMessage>
          )}
          <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
            <Button onClick={() => void runPreview()} isLoading={previewCall.pending}>
              Preview
            </Button>
            <Button type="submit" appearance="primary" isLoading={save.pending} isDisabled={!data.viewer.canSave}>
              Save configuration
            </Button>
          </div>
          {preview && (
            <Section title="Preview: how the top initiatives would move">
              <PreviewTable preview={preview} />
            </Section>
          )}
        </div>
      </Section>
    </form>
  );
}
