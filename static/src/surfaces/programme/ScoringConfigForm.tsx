import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { programmeCalls, type PreviewData, type ScoringConfigData } from '@contracts/programme.contract';
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
export function ScoringConfigForm({
  data,
  onSaved,
}: {
  data: ScoringConfigData;
  onSaved: (d: ScoringConfigData) => void;
}) {
  const [draft, setDraft] = useState<ConfigDraft>(() => toDraft(data.config, data.issueTypes));
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<PreviewData | null>(null);
  const previewCall = useAction(programmeCalls.previewConfig);
  const save = useAction(programmeCalls.saveConfig);
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
          <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
            <Button onClick={() => void runPreview()} isLoading={previewCall.pending}>
              Preview
            </Button>
            <Button type="submit" appearance="primary" isLoading={save.pending}>
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
