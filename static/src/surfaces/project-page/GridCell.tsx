import type { KeyboardEvent } from 'react';
import { token } from '@atlaskit/tokens';

interface Props {
  id: string;
  label: string;
  /** The id of the criterion's level descriptions. */
  levelsId: string;
  value: string;
  error: string | undefined;
  onFocus: () => void;
  onChange: (value: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
}

/** One rating cell of the scoring grid: the typed rating, described by its levels and its error. */
export function GridCell({ id, label, levelsId, value, error, onFocus, onChange, onKeyDown }: Props) {
  const errorId = `${id}-error`;
  return (
    <td
      style={{ padding: token('space.050'), borderBottom: `${token('border.width')} solid ${token('color.border')}` }}
    >
      <input
        id={id}
        className="csi-native-input"
        style={{ width: '4em' }}
        inputMode="numeric"
        autoComplete="off"
        aria-label={label}
        aria-describedby={[levelsId, error ? errorId : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        value={value}
        onFocus={(e) => {
          onFocus();
          e.currentTarget.select();
        }}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <div id={errorId} style={{ color: token('color.text.danger'), font: token('font.body.small') }}>
          {error}
        </div>
      )}
    </td>
  );
}
