import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  pending: boolean;
  disabled?: boolean;
  /** Shown politely to screen readers after a success, e.g. "Saved". */
  status?: string | null;
  appearance?: 'primary' | 'danger' | 'default';
  extra?: ReactNode;
}

/** The submit row of a form: the action, its pending state, and what just happened. */
export function FormFooter({ label, pending, disabled, status, appearance = 'primary', extra }: Props) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: token('space.150'), flexWrap: 'wrap' }}>
      <Button type="submit" appearance={appearance} isLoading={pending} isDisabled={disabled}>
        {label}
      </Button>
      {extra}
      <span role="status" style={{ font: token('font.body.small'), color: token('color.text.success') }}>
        {status ?? ''}
      </span>
    </div>
  );
}
