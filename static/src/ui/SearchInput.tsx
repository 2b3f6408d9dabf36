interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  /** Set by `Field` for Atlaskit controls; the native field shows the invalid state from `aria-invalid`. */
  isInvalid?: boolean;
}

/**
 * A search-as-you-type text field: a native `<input type="search">` styled with tokens like
 * `NativeSelect` (keyboard and screen-reader accessible, dark mode through the tokens), light enough
 * for a macro's first view where Atlaskit's Textfield would cost 2 KiB.
 */
export function SearchInput({ id, value, onChange, placeholder, isInvalid: _styledByAria, ...aria }: Props) {
  return (
    <input
      id={id}
      type="search"
      className="csi-native-input"
      value={value}
      placeholder={placeholder}
      onChange={(e) => onChange(e.currentTarget.value)}
      {...aria}
    />
  );
}
