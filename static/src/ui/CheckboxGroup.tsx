import { Checkbox } from '@atlaskit/checkbox';
import { token } from '@atlaskit/tokens';
import { FieldErrors } from './Field';
import { subtle } from './styles';

interface Props<T extends string> {
  legend: string;
  hint?: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T[];
  errors: string[];
  onChange: (value: T[]) => void;
}

/** A group of checkboxes for a multi-choice configuration field. */
export function CheckboxGroup<T extends string>({ legend, hint, options, value, errors, onChange }: Props<T>) {
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.050') }}>
      <legend
        style={{
          font: token('font.body.small'),
          fontWeight: token('font.weight.semibold'),
          color: token('color.text.subtle'),
          padding: 0,
        }}
      >
        {legend}
      </legend>
      {hint && <span style={subtle}>{hint}</span>}
      {options.map((o) => (
        <Checkbox
          key={o.value}
          label={o.label}
          isChecked={value.includes(o.value)}
          onChange={(e) => onChange(e.currentTarget.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
        />
      ))}
      <FieldErrors errors={errors} />
    </fieldset>
  );
}
