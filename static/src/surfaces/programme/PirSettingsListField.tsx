import { useState } from 'react';
import Textfield from '@atlaskit/textfield';
import { Field } from '../../ui/Field';
import { entries } from './PirSettingsDraft';

interface Props {
  id: string;
  label: string;
  value: string[];
  errors: string[];
  onChange: (value: string[]) => void;
}

/** A list of matcher entries typed comma-separated; the text is kept as typed, the list follows it. */
export function PirSettingsListField({ id, label, value, errors, onChange }: Props) {
  const [typed, setTyped] = useState(value.join(', '));
  return (
    <Field id={id} label={label} hint="Comma-separated; empty matches anything." errors={errors}>
      {(p) => (
        <Textfield
          {...p}
          value={typed}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            onChange(entries(e.currentTarget.value));
          }}
        />
      )}
    </Field>
  );
}
