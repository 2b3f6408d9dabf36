import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { ConfirmStep } from '../../ui/ConfirmStep';

interface Props {
  confirmOff: boolean;
  previewing: boolean;
  saving: boolean;
  saved: string | null;
  onPreview: () => void;
  onConfirmOff: () => void;
  onCancelOff: () => void;
}

/**
 * Preview and Save, with what the save did beside them; when the draft has no issue type, the
 * confirmation that saving switches the programme off takes their place.
 */
export function SaveRow({ confirmOff, previewing, saving, saved, onPreview, onConfirmOff, onCancelOff }: Props) {
  if (confirmOff)
    return (
      <ConfirmStep
        appearance="warning"
        confirmLabel="Save and switch the programme off"
        pending={saving}
        onConfirm={onConfirmOff}
        onCancel={onCancelOff}
      >
        <strong>No issue type takes part</strong>
        <p style={{ margin: 0 }}>
          Saving this switches the CSI programme off: no issue is scored or re-scored, and the issue panel tells people
          their issues do not take part, until a CSI admin enables an issue type again.
        </p>
      </ConfirmStep>
    );
  return (
    <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap', alignItems: 'center' }}>
      <Button onClick={onPreview} isLoading={previewing}>
        Preview
      </Button>
      <Button type="submit" appearance="primary" isLoading={saving}>
        Save configuration
      </Button>
      <span role="status" style={{ font: token('font.body.small'), color: token('color.text.success') }}>
        {saved ?? ''}
      </span>
    </div>
  );
}
