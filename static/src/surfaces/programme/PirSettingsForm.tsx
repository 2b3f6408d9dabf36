import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { pirSettingsCalls, type PirSettingsData } from '@contracts/pir-settings.contract';
import { useAction } from '../../api/use-call';
import { ActionForm } from '../../ui/ActionForm';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { fieldErrorsOf } from '../../ui/field-errors';
import { toDraft, toPayload, type PirSettingsDraft } from './PirSettingsDraft';
import { PirSettingsRules } from './PirSettingsRules';
import { PirSettingsTemplates } from './PirSettingsTemplates';
import { PirSettingsTimings } from './PirSettingsTimings';

/** The rules, templates and timings, edited together and saved as the next version. */
export function PirSettingsForm({
  data,
  onSaved,
}: {
  data: PirSettingsData;
  onSaved: (data: PirSettingsData) => void;
}) {
  const [draft, setDraft] = useState<PirSettingsDraft>(() => toDraft(data));
  const save = useAction(pirSettingsCalls.save);
  const errors = fieldErrorsOf(save.error);
  const set = (change: Partial<PirSettingsDraft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = async () => {
    const result = await save.run(toPayload(data.version, draft));
    if (result.ok) onSaved(result.data);
  };
  return (
    <ActionForm onSubmit={submit}>
      <PirSettingsRules
        rules={draft.rules}
        templates={draft.templates}
        errors={errors}
        onChange={(rules) => set({ rules })}
      />
      <PirSettingsTemplates templates={draft.templates} errors={errors} onChange={(templates) => set({ templates })} />
      <PirSettingsTimings
        timings={draft.timings}
        benefitCheckDays={data.benefitCheckDays}
        errors={errors}
        onChange={(timings) => set({ timings })}
      />
      <div>
        <Button type="submit" appearance="primary" isLoading={save.pending}>
          Save the PIR settings
        </Button>
      </div>
      {/* The message names the first problem; each one also shows at its field above. */}
      {save.error && <ErrorMessage error={save.error} />}
    </ActionForm>
  );
}
