import Textfield from '@atlaskit/textfield';
import { ACTION_PRIORITY_LABELS } from '@contracts/pir.contract';
import { ACTION_PRIORITIES, type PirTimingsSetting } from '@contracts/pir-settings.contract';
import { Field } from '../../ui/Field';
import { inline, stack, subtle } from '../../ui/styles';

interface Props {
  timings: PirTimingsSetting;
  benefitCheckDays: number[];
  errors: Record<string, string[]>;
  onChange: (timings: PirTimingsSetting) => void;
}

/** A typed whole number, or NaN (the contract then names the range). */
const whole = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
const shown = (n: number) => (Number.isNaN(n) ? '' : String(n));

/** When a PIR and its actions fall due, in business days in the site's time zone. */
export function PirSettingsTimings({ timings, benefitCheckDays, errors, onChange }: Props) {
  const action = timings.actionDueBusinessDays;
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, ...stack('space.150') }}>
      <legend style={{ padding: 0, fontWeight: 600 }}>Timings (business days)</legend>
      <Field
        id="pir-due-days"
        label="PIR due after the issue reaches done"
        errors={errors['timings.pirDueBusinessDays']}
      >
        {(p) => (
          <Textfield
            {...p}
            type="number"
            value={shown(timings.pirDueBusinessDays)}
            onChange={(e) => onChange({ ...timings, pirDueBusinessDays: whole(e.currentTarget.value) })}
          />
        )}
      </Field>
      <div style={inline('space.100')}>
        {ACTION_PRIORITIES.map((priority) => (
          <Field
            key={priority}
            id={`pir-action-days-${priority}`}
            label={`${ACTION_PRIORITY_LABELS[priority]} action due after`}
            errors={errors[`timings.actionDueBusinessDays.${priority}`]}
          >
            {(p) => (
              <Textfield
                {...p}
                type="number"
                value={shown(action[priority])}
                onChange={(e) =>
                  onChange({
                    ...timings,
                    actionDueBusinessDays: { ...action, [priority]: whole(e.currentTarget.value) },
                  })
                }
              />
            )}
          </Field>
        ))}
      </div>
      <span
        style={subtle}
      >{`Benefit checks fall due ${benefitCheckDays.join(' and ')} calendar days after closure.`}</span>
    </fieldset>
  );
}
