import { maturityCalls, type MaturitySettingsView } from '@contracts/maturity.contract';
import { useCall } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { card, stack, subtle } from '../../ui/styles';
import { MaturitySettingsAssessors } from './MaturitySettingsAssessors';
import { MaturitySettingsModel } from './MaturitySettingsModel';

const NO_INPUT = {};

interface Props {
  /** After a save: the section reads its view again (the model version in force changed). */
  onChanged?: () => void;
}

/** Who changed the settings last, and when; the default model until someone saves. */
function lastChange(s: MaturitySettingsView): string {
  if (!s.changedBy || !s.changedAt) return 'Nobody has changed the settings yet: this is the default model.';
  return `Last changed by ${s.changedBy.displayName} on ${formatDateTime(s.changedAt)}.`;
}

/**
 * The CSI admins' maturity settings on the programme page (issue 12 items 1 and 2): the named
 * assessors and the maturity model, each saved with its own call. Its own chunk, loaded when opened.
 */
export function MaturitySettingsPanel({ onChanged }: Props) {
  const loaded = useCall(maturityCalls.settings, NO_INPUT);
  const settings = loaded.data;
  if (loaded.error && !settings) return <ErrorMessage error={loaded.error} onRetry={loaded.reload} />;
  if (!settings) return <Loading label="Loading the maturity settings" />;
  // The settings name the assessors Jira knows; another account shows by its id.
  const names = new Map(settings.people.map((u) => [u.accountId, u.displayName]));
  const saved = (next: MaturitySettingsView) => {
    loaded.setData(next);
    onChanged?.();
  };
  return (
    <div style={{ ...card, ...stack('space.300') }}>
      <p style={{ ...subtle, margin: 0 }}>{lastChange(settings)}</p>
      <MaturitySettingsAssessors settings={settings} names={names} onSaved={saved} />
      <MaturitySettingsModel initial={settings} onSaved={(s) => saved(s)} />
    </div>
  );
}

/** The panel as its own chunk. */
export default MaturitySettingsPanel;
