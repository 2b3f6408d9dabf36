interface Option<T> {
  value: T;
  label: string;
}

interface Props<T> {
  id: string;
  value: T | null;
  options: ReadonlyArray<Option<T>>;
  onChange: (value: T | null) => void;
  /** Text of the empty choice; without it a value must be chosen. */
  placeholder?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  isInvalid?: boolean;
  disabled?: boolean;
}

/**
 * A single choice as a native <select> styled with tokens: fully keyboard and screen-reader
 * accessible, and light (the Atlaskit Select is kept for multi-choice fields).
 */
export function NativeSelect<T>({
  id,
  value,
  options,
  onChange,
  placeholder,
  disabled,
  isInvalid: _styledByAria,
  ...aria
}: Props<T>) {
  const index = options.findIndex((o) => o.value === value);
  return (
    <select
      id={id}
      className="csi-native-input"
      value={index < 0 ? '' : String(index)}
      disabled={disabled}
      onChange={(e) =>
        onChange(e.currentTarget.value === '' ? null : (options[Number(e.currentTarget.value)]?.value ?? null))
      }
      {...aria}
    >
      {(placeholder !== undefined || index < 0) && <option value="">{placeholder ?? 'Choose…'}</option>}
      {options.map((o, i) => (
        <option key={i} value={String(i)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
