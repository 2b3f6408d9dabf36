import { useState } from 'react';
import Textfield from '@atlaskit/textfield';
import { DECISION_TYPES, decisionLogMacroConfigSchema } from '@contracts/decision-log.contract';
import type { SurfaceProps } from '../../app/surfaces';
import { Field } from '../../ui/Field';
import { DECISION_TYPE_LABELS } from '../../ui/labels';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ConfigFrame } from '../macro/ConfigFrame';
import { configRecord } from '../macro/MacroError';
import { errorsUnder, knownValues, splitList, submitMacroConfig } from '../macro/submit-config';

type DecisionType = (typeof DECISION_TYPES)[number];
const TYPE_OPTIONS = DECISION_TYPES.map((value) => ({ value, label: DECISION_TYPE_LABELS[value] ?? value }));
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Configuration of the decision-log macro: projects, types, period and page size. */
export default function DecisionLogConfig({ context }: SurfaceProps) {
  const saved = configRecord(context.extension.config) ?? {};
  const [projects, setProjects] = useState(Array.isArray(saved.projects) ? saved.projects.map(String).join(', ') : '');
  const [types, setTypes] = useState<DecisionType[]>(knownValues(saved.types, DECISION_TYPES));
  const [from, setFrom] = useState(str(saved.from));
  const [to, setTo] = useState(str(saved.to));
  const [pageSize, setPageSize] = useState(typeof saved.pageSize === 'number' ? String(saved.pageSize) : '20');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setPending(true);
    const outcome = await submitMacroConfig(decisionLogMacroConfigSchema, {
      projects: splitList(projects),
      types,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      pageSize: pageSize.trim() === '' ? undefined : Number(pageSize),
    });
    setPending(false);
    setErrors(outcome.ok ? {} : outcome.fieldErrors);
    setMessage(outcome.ok ? undefined : outcome.message);
  };

  return (
    <ConfigFrame title="CSI decision log" pending={pending} message={message} onSubmit={() => void submit()}>
      <Field
        id="cfg-projects"
        label="Jira projects"
        required
        hint="Project keys separated by commas, e.g. CSI, OPS"
        errors={errorsUnder(errors, 'projects')}
      >
        {(p) => <Textfield {...p} value={projects} onChange={(e) => setProjects(e.currentTarget.value)} />}
      </Field>
      <CheckboxGroup
        legend="Decision types"
        hint="None selected shows every type."
        options={TYPE_OPTIONS}
        value={types}
        errors={errorsUnder(errors, 'types')}
        onChange={setTypes}
      />
      <Field id="cfg-from" label="From (optional)" errors={errors.from}>
        {(p) => <Textfield {...p} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />}
      </Field>
      <Field id="cfg-to" label="To (optional)" errors={errors.to}>
        {(p) => <Textfield {...p} type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />}
      </Field>
      <Field id="cfg-page-size" label="Entries per page" hint="5 to 100" errors={errors.pageSize}>
        {(p) => (
          <Textfield
            {...p}
            type="text"
            inputMode="decimal"
            value={pageSize}
            onChange={(e) => setPageSize(e.currentTarget.value)}
          />
        )}
      </Field>
    </ConfigFrame>
  );
}
