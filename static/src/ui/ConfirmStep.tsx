import { useEffect, useRef, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';

interface Props {
  /** What the action does and why it needs a second click. */
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  appearance?: 'danger' | 'warning' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The second step of an action that cannot be undone or that switches something off: it replaces
 * the action's button where the user clicked, says what will happen, and takes focus, so a single
 * click (or a stray Enter) never does it.
 */
export function ConfirmStep({ children, confirmLabel, pending, appearance = 'danger', onConfirm, onCancel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div
      ref={box}
      role="group"
      aria-label="Confirm"
      tabIndex={-1}
      style={{
        display: 'grid',
        gap: token('space.100'),
        padding: token('space.150'),
        borderRadius: token('radius.small'),
        border: `${token('border.width')} solid ${appearance === 'danger' ? token('color.border.danger') : token('color.border.warning')}`,
        // Literal token names: the build inlines them (a computed name would pull in the runtime token table).
        background: appearance === 'danger' ? token('color.background.danger') : token('color.background.warning'),
      }}
    >
      <div role="alert">{children}</div>
      <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
        <Button appearance={appearance} onClick={onConfirm} isLoading={pending}>
          {confirmLabel}
        </Button>
        <Button appearance="subtle" onClick={onCancel} isDisabled={pending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
