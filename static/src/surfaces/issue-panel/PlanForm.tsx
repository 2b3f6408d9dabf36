import { useState } from 'react';
import Textfield from '@atlaskit/textfield';
import { issuePanelCalls, type PanelData } from '@contracts/issue-panel.contract';
import type { PlanView } from '@contracts/views';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import { FormFooter } from '../../ui/FormFooter';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { fromNumber, toNumber, toNumberOrNull } from '../../ui/numbers';
import { ActionForm } from '../../ui/ActionForm';

type Direction = 'increase' | 'decrease';
const DIRECTIONS = [
  { label: 'Should go up (increase)', value: 'increase' as Direction },
  { label: 'Should go down (decrease)', value: 'decrease' as Direction },
];

const PLACED = [
  'plannedDurationDays',
  'kpi',
  'kpi.name',
  'kpi.direction',
  'kpi.baseline',
  'kpi.expected',
  'kpi.thresholdPct',
];

/** The plan: duration and target KPI (baseline, expected, optional MVI threshold override). */
export function PlanForm({ plan, onSaved }: { plan: PlanView; onSaved: (data: PanelData) => void }) {
  const [days, setDays] = useState(fromNumber(plan.plannedDurationDays));
  const [name, setName] = useState(plan.kpi?.name ?? '');
  const [direction, setDirection] = useState<Direction | null>(plan.kpi?.direction ?? null);
  const [baseline, setBaseline] = useState(fromNumber(plan.kpi?.baseline));
  const [expected, setExpected] = useState(fromNumber(plan.kpi?.expected));
  const [threshold, setThreshold] = useState(fromNumber(plan.kpi?.thresholdPct));
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction(issuePanelCalls.savePlan);
  const errors = fieldErrorsOf(action.error);

  const submit = async () => {
    setStatus(null);
    const hasKpi = [name, baseline, expected, threshold].some((v) => v.trim() !== '') || direction !== null;
    const result = await action.run({
      plannedDurationDays: toNumberOrNull(days),
      kpi: hasKpi
        ? {
            name,
            direction: direction as Direction,
            baseline: toNumber(baseline),
            expected: toNumber(expected),
            thresholdPct: toNumberOrNull(threshold),
          }
        : null,
    });
    if (result.ok) {
      setStatus('Plan saved.');
      onSaved(result.data);
    }
  };

  const text = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    key: string,
    hint?: string,
    type = 'number',
  ) => (
    <Field id={id} label={label} hint={hint} errors={errors[key]}>
      {(p) => (
        <Textfield
          {...p}
          // A text box, not type=number: the browser empties a number box that holds letters or 1e309,
          // which then read as "no duration" and wiped the stored one. The schema refuses them with the range.
          {...(type === 'number' ? { type: 'text', inputMode: 'decimal' as const } : { type })}
          value={value}
          onChange={(e) => set(e.currentTarget.value)}
        />
      )}
    </Field>
  );

  return (
    <ActionForm onSubmit={submit}>
      {text(
        'plan-days',
        'Planned duration (days)',
        days,
        setDays,
        'plannedDurationDays',
        'Leave empty if not known yet.',
      )}
      {text(
        'plan-kpi-name',
        'Target KPI',
        name,
        setName,
        'kpi.name',
        'For example "Mean time to resolve (hours)". Leave the KPI fields empty to remove it.',
        'text',
      )}
      <Field id="plan-kpi-direction" label="Good direction" errors={errors['kpi.direction']}>
        {(p) => (
          <NativeSelect {...p} options={DIRECTIONS} value={direction} onChange={setDirection} placeholder="Choose…" />
        )}
      </Field>
      {text('plan-kpi-baseline', 'Baseline', baseline, setBaseline, 'kpi.baseline')}
      {text('plan-kpi-expected', 'Expected after the change', expected, setExpected, 'kpi.expected')}
      {text(
        'plan-kpi-threshold',
        'MVI threshold override (%)',
        threshold,
        setThreshold,
        'kpi.thresholdPct',
        'Optional. Empty uses the configured minimum viable improvement.',
      )}
      {action.error && (
        <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, (k) => PLACED.includes(k))} />
      )}
      <FormFooter label="Save plan" pending={action.pending} status={status} />
    </ActionForm>
  );
}
