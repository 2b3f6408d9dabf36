import { useState } from 'react';
import Textfield from '@atlaskit/textfield';
import { CLASSES } from '@contracts/fields';
import { progressReportMacroConfigSchema } from '@contracts/macro.contract';
import type { InitiativeClass } from '@contracts/views';
import type { SurfaceProps } from '../../app/surfaces';
import { Field } from '../../ui/Field';
import { CLASS_LABELS } from '../../ui/labels';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ConfigFrame } from '../macro/ConfigFrame';
import { configRecord } from '../macro/MacroError';
import { errorsUnder, knownValues, splitList, submitMacroConfig } from '../macro/submit-config';

const CLASS_OPTIONS = CLASSES.map((value) => ({ value, label: CLASS_LABELS[value] }));

/** Configuration of the progress-report macro: project, statuses, classes and period. */
export default function ProgressReportConfig({ context }: SurfaceProps) {
  const saved = configRecord(context.extension.config) ?? {};
  const [project, setProject] = useState(typeof saved.project === 'string' ? saved.project : '');
  const [statuses, setStatuses] = useState(Array.isArray(saved.statuses) ? saved.statuses.map(String).join(', ') : '');
  const [classes, setClasses] = useState<InitiativeClass[]>(knownValues(saved.classes, CLASSES));
  const [periodDays, setPeriodDays] = useState(typeof saved.periodDays === 'number' ? String(saved.periodDays) : '90');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setPending(true);
    const outcome = await submitMacroConfig(progressReportMacroConfigSchema, {
      project: project.trim(),
      statuses: splitList(statuses),
      classes,
      periodDays: periodDays.trim() === '' ? undefined : Number(periodDays),
    });
    setPending(false);
    setErrors(outcome.ok ? {} : outcome.fieldErrors);
    setMessage(outcome.ok ? undefined : outcome.message);
  };

  return (
    <ConfigFrame title="CSI progress report" pending={pending} message={message} onSubmit={() => void submit()}>
      <Field id="cfg-project" label="Jira project" required hint="A project key, e.g. CSI" errors={errors.project}>
        {(p) => <Textfield {...p} value={project} onChange={(e) => setProject(e.currentTarget.value)} />}
      </Field>
      <Field
        id="cfg-statuses"
        label="Statuses (optional)"
        hint="Separated by commas; empty shows every status."
        errors={errorsUnder(errors, 'statuses')}
      >
        {(p) => <Textfield {...p} value={statuses} onChange={(e) => setStatuses(e.currentTarget.value)} />}
      </Field>
      <CheckboxGroup
        legend="Classes"
        hint="None selected shows every class."
        options={CLASS_OPTIONS}
        value={classes}
        errors={errorsUnder(errors, 'classes')}
        onChange={setClasses}
      />
      <Field
        id="cfg-period"
        label="Period (days)"
        hint="Decisions and updates from this many days back, 1 to 730."
        errors={errors.periodDays}
      >
        {(p) => (
          <Textfield
            {...p}
            type="text"
            inputMode="decimal"
            value={periodDays}
            onChange={(e) => setPeriodDays(e.currentTarget.value)}
          />
        )}
      </Field>
    </ConfigFrame>
  );
}
