import type { UserRef } from '../../contracts/views';
import { SECTION_OWNER_ROLE_LABELS } from '../../domain/pir/pir.vocabulary';
import { err, ok, type Result } from '../../domain/result';
import type { UserRefRecord } from '../initiative-record';
import type { PanelCaller } from '../scoring/panel.ports';
import { frozen, pirOf, pirViewerOf } from './pir-caller';
import type { PirDeps } from './pir.ports';
import { mayFill } from './pir-view';

export type FindActionOwnersDeps = PirDeps & { users: { search(query: string): Promise<UserRefRecord[]> } };

/**
 * Whom a PIR action may be given to (issue 11 item 4), found by name or email: only for those who
 * may fill the PIR's actions section (its owner by role, or a CSI admin) while the review is open.
 * Jira's user search runs as the caller, so it finds only the people they may see.
 */
export async function findActionOwners(
  deps: FindActionOwnersDeps,
  caller: PanelCaller,
  query: string,
): Promise<Result<UserRef[]>> {
  const found = await pirOf(deps, caller.issue.id);
  if (!found.ok) return found;
  const section = found.value.template.sections.find((s) => s.kind === 'actions');
  if (!section) return err({ code: 'PRECONDITION_FAILED', message: 'This PIR has no actions section.' });
  const viewer = await pirViewerOf(deps, caller, found.value, await deps.initiatives.get(caller.issue.id));
  if (!mayFill(section.ownerRole, viewer)) {
    const who = SECTION_OWNER_ROLE_LABELS[section.ownerRole];
    return err({ code: 'FORBIDDEN', message: `${section.title} is filled by its owner (${who}) or a CSI admin.` });
  }
  const refused = frozen(found.value);
  if (refused) return refused;
  return ok(await deps.users.search(query));
}
