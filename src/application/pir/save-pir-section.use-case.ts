import type { PanelData } from '../../contracts/issue-panel.contract';
import type { SectionValueInput } from '../../contracts/pir.contract';
import { checkSectionValue } from '../../domain/pir/pir-content';
import { SECTION_OWNER_ROLE_LABELS } from '../../domain/pir/pir.vocabulary';
import { err, type Result } from '../../domain/result';
import { getPanel } from '../scoring/get-panel.use-case';
import type { PanelCaller } from '../scoring/panel.ports';
import { frozen, pirOf, pirViewerOf } from './pir-caller';
import type { PirDeps } from './pir.ports';
import { mayFill } from './pir-view';
import { pirCopyOf } from './pir-copy';

const prefixed = (errors: Record<string, string[]> | undefined) =>
  errors && Object.fromEntries(Object.entries(errors).map(([k, v]) => [`value.${k}`, v]));

/**
 * The owner of a PIR section fills it (issue 11 item 4): its owner by role (the initiative's owner,
 * a service owner) or a CSI admin. The value is checked by the domain's `checkSectionValue`; a
 * refusal writes nothing. Saved with who and when, and the initiative's copy (open actions, due
 * dates) in the same transaction; a retried request id writes nothing more.
 */
export async function savePirSection(
  deps: PirDeps,
  caller: PanelCaller,
  sectionKey: string,
  value: SectionValueInput,
  requestId?: string,
): Promise<Result<PanelData>> {
  const requestKey = requestId ? deps.requests.key(caller.accountId, requestId) : undefined;
  if (requestKey && (await deps.requests.seen(requestKey))) return getPanel(deps, caller);
  const found = await pirOf(deps, caller.issue.id);
  if (!found.ok) return found;
  const section = found.value.template.sections.find((s) => s.key === sectionKey);
  if (!section) {
    const message = `This PIR has no section ${sectionKey}.`;
    return err({ code: 'INVALID_INPUT', message, fieldErrors: { sectionKey: [message] } });
  }
  const viewer = await pirViewerOf(deps, caller, found.value, await deps.initiatives.get(caller.issue.id));
  if (!mayFill(section.ownerRole, viewer)) {
    const who = SECTION_OWNER_ROLE_LABELS[section.ownerRole];
    return err({
      code: 'FORBIDDEN',
      message: `${section.title} is filled by its owner (${who}) or a CSI admin.`,
    });
  }
  const refused = frozen(found.value);
  if (refused) return refused;
  const checked = checkSectionValue(section, value);
  if (!checked.ok) return err({ ...checked.error, fieldErrors: prefixed(checked.error.fieldErrors) });
  const [by, at] = [await deps.identity.currentUser(), deps.clock.now()];
  // The PIR and the initiative's copy of it (open actions, due dates) change in one transaction.
  await deps.pirs.updateWithInitiative(
    caller.issue.id,
    (record, pir) => {
      if (!pir || pir.state !== 'open') return undefined;
      const next = {
        ...pir,
        values: { ...pir.values, [sectionKey]: checked.value },
        filledBy: { ...pir.filledBy, [sectionKey]: { by, at } },
      };
      const copy = pirCopyOf(next);
      return { record: { ...record, pir: copy, openActions: copy.openActions }, pir: next };
    },
    requestKey ? { requestKey } : {},
  );
  return getPanel(deps, caller);
}
