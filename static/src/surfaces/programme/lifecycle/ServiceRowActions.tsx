import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { ServiceView } from '@contracts/lifecycle-settings.contract';
import { ConfirmStep } from '../../../ui/ConfirmStep';
import { inline } from '../../../ui/styles';

interface Props {
  service: ServiceView;
  confirming: boolean;
  pending: boolean;
  onEdit: () => void;
  onAskRetire: () => void;
  onRetire: () => void;
  onCancel: () => void;
}

/** A service row's actions: edit, and retire behind a confirmation step; a retired one is only marked. */
export function ServiceRowActions({ service: s, confirming, pending, onEdit, onAskRetire, onRetire, onCancel }: Props) {
  if (s.retired) return <Lozenge>Retired</Lozenge>;
  if (confirming)
    return (
      <ConfirmStep
        confirmLabel={`Retire ${s.name}`}
        pending={pending}
        appearance="warning"
        onConfirm={onRetire}
        onCancel={onCancel}
      >
        {`${s.name} stays in the catalogue for history, but initiatives can no longer name it. Retiring cannot be undone.`}
      </ConfirmStep>
    );
  return (
    <div style={inline('space.050')}>
      <Button spacing="compact" onClick={onEdit} aria-label={`Edit ${s.name}`}>
        Edit
      </Button>
      <Button spacing="compact" appearance="subtle" onClick={onAskRetire} aria-label={`Retire ${s.name}`}>
        Retire
      </Button>
    </div>
  );
}
