import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { withFieldLabels } from './field-labels';

interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  /** Atlaskit fields draw their invalid state from this. */
  isInvalid?: boolean;
}

interface Props {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with an optional hint and the field's errors, wired for screen readers. */
export function Field({ id, label, hint, errors = [], required, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.050') }}>
      <label
        htmlFor={id}
        style={{
          font: token('font.body.small'),
          fontWeight: token('font.weight.semibold'),
          color: token('color.text.subtle'),
        }}
      >
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': errors.length > 0 || undefined,
        isInvalid: errors.length > 0,
      })}
      {hint && (
        <span id={hintId} style={{ font: token('font.body.small'), color: token('color.text.subtlest') }}>
          {hint}
        </span>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** The messages for one field, in the danger colour. */
export function FieldErrors({ id, errors }: { id?: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <span id={id} role="alert" style={{ font: token('font.body.small'), color: token('color.text.danger') }}>
      {errors.map(withFieldLabels).join(' ')}
    </span>
  );
}
