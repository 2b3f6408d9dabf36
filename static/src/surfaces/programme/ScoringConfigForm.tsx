import { lazy, Suspense, useState } from 'react';
import TextArea from '@atlaskit/textarea';
import { programmeCalls, type PreviewData, type ScoringConfigData } from '@contracts/programme.contract';
import type { ResolverError } from '@contracts/envelope';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { Section } from '../../ui/Section';
import { stack } from '../../ui/styles';
import { toDraft, toInput, type ConfigDraft } from './config-draft';
import { CriteriaEditor } from './CriteriaEditor';
import { isCriterionKey } from './CriterionEditor';
import { PreviewTable } from './PreviewTable';
import { RescoreProgress } from './RescoreProgress';
import { SaveRow } from './SaveRow';
import { THRESHOLD_KEYS, ThresholdFields } from './ThresholdFields';

// The issue types' Atlaskit checkboxes (about 8 KiB gzip) load with the section, below the first view.
const IssueTypesField = lazy(() => import('./IssueTypesField').then((m) => ({ default: m.IssueTypesField })));

const isPlaced = (k: string) =>
  isCriterionKey(k) || THRESHOLD_KEYS.includes(k) || k === 'enabledIssueTypes' || k === 'reason';

/**
 * Edits a draft of the configuration; previews it; saves it with a reason. After a save the form
 * holds the saved configuration (from the answer), an empty reason and no preview, and says so
 * beside the Save button; saving with no issue type asks first, since it switches the programme off.
 */
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
  const [saved, setSaved] = useState<string | null>(null);
  const [confirmOff, setConfirmOff] = useState(false);
  const previewCall = useAction(programmeCalls.previewConfig);
  const save = useAction(programmeCalls.saveConfig);
  // Whichever call ran last owns the field errors; `config.` is the payload wrapper, not a field.
  const [lastError, setLastError] = useState<ResolverError | null>(null);
  const errors = fieldErrorsOf(lastError, 'config.');
  const edit = (d: ConfigDraft) => {
    setDraft(d);
    setPreview(null);
    setSaved(null);
  };

  const runPreview = async () => {
    setSaved(null);
    const result = await previewCall.run({ config: toInput(draft) });
    setLastError(result.ok ? null : result.error);
    if (result.ok) setPreview(result.data);
  };
  const runSave = async () => {
    setConfirmOff(false);
    setSaved(null);
    const result = await save.run({ config: toInput(draft), reason });
    setLastError(result.ok ? null : result.error);
    if (!result.ok) return;
    setDraft(toDraft(result.data.config, result.data.issueTypes));
    setReason('');
    setPreview(null);
    setSaved(`Saved as version ${result.data.config.version}.`);
    onSaved(result.data);
  };
  const submit = () => {
    if (draft.enabledIssueTypes.length === 0) setConfirmOff(true);
    else void runSave();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
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
        <Suspense fallback={<Loading label="Loading the issue types" />}>
          <IssueTypesField
            issueTypes={data.issueTypes}
            value={draft.enabledIssueTypes}
            errors={errors.enabledIssueTypes}
            onChange={(enabledIssueTypes) => edit({ ...draft, enabledIssueTypes })}
          />
        </Suspense>
      </Section>
      <Section title="Preview and save">
        <div style={stack('space.200')}>
          <ReasonField value={reason} errors={errors.reason} onChange={setReason} />
          {lastError && <ErrorMessage error={lastError} unplaced={unplacedErrors(errors, isPlaced)} />}
          <SaveRow
            confirmOff={confirmOff}
            previewing={previewCall.pending}
            saving={save.pending}
            saved={saved}
            onPreview={() => void runPreview()}
            onConfirmOff={() => void runSave()}
            onCancelOff={() => setConfirmOff(false)}
          />
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

function ReasonField({ value, errors, onChange }: { value: string; errors?: string[]; onChange: (v: string) => void }) {
  return (
    <Field
      id="change-reason"
      label="Reason for this change"
      required
      errors={errors}
      hint="Recorded in the decision log with your name."
    >
      {(p) => <TextArea {...p} minimumRows={2} value={value} onChange={(e) => onChange(e.currentTarget.value)} />}
    </Field>
  );
}
