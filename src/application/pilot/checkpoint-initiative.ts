import type { InitiativeRecord } from '../initiative-record';
import type { PanelCaller, PanelDeps } from '../scoring/panel.ports';

/**
 * The initiative a checkpoint decision changes with its pilot (in one transaction, which needs the
 * initiative stored): `candidate` as read, or (a new one from Jira, revision 0) stored now.
 */
export async function ensureInitiative(
  deps: PanelDeps,
  caller: PanelCaller,
  candidate: InitiativeRecord,
): Promise<InitiativeRecord> {
  if (candidate.revision > 0) return candidate;
  const created = await deps.initiatives.update(
    caller.issue.id,
    (current) => current,
    () => candidate,
  );
  if (!created) throw new Error(`Initiative ${caller.issue.key} could not be stored`);
  return created;
}
