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
import { actionsOf, withCopy } from './pir-copy';
import { linkPirActions } from './link-pir-actions.use-case';
import type { PirRecord } from './pir-record';
import type { SectionValue } from '../../domain/pir/pir-content';

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
  if (requestKey && (await deps.requests.seen(requestKey))) {
    // The write landed; the actions' issues may not have (the call died after it): make them now.
    await linkPirActions(deps, caller.issue.id);
    return getPanel(deps, caller);
  }
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
  // Lessons are found by the initiative's services: the library keeps them as they are now.
  const services = section.kind === 'lessons' ? (await deps.pilots.get(caller.issue.id))?.services : undefined;
  // The PIR and the initiative's copy of it (open actions, due dates) change in one transaction.
  await deps.pirs.updateWithInitiative(
    caller.issue.id,
    (record, pir) => {
      if (!pir || pir.state !== 'open') return undefined;
      return withCopy(record, {
        ...pir,
        values: { ...pir.values, [sectionKey]: keepJiraOwned(pir, checked.value) },
        filledBy: { ...pir.filledBy, [sectionKey]: { by, at } },
        services: services ?? pir.services,
      });
    },
    requestKey ? { requestKey } : {},
  );
  if (section.kind === 'actions') await linkPirActions(deps, caller.issue.id);
  return getPanel(deps, caller);
}

/**
 * What Jira owns of an action stays as stored, whatever the form sent: the key of the issue made for
 * it (a payload must not link an action to another issue) and, once it has an issue, its status,
 * which follows the issue's.
 */
function keepJiraOwned(pir: PirRecord, value: SectionValue): SectionValue {
  if (value.kind !== 'actions') return value;
  const stored = new Map(actionsOf(pir).map((a) => [a.id, a]));
  const actions = value.actions.map((a) => {
    const before = stored.get(a.id);
    const issueKey = before?.issueKey ?? null;
    return { ...a, issueKey, status: issueKey && before ? before.status : a.status };
  });
  return { kind: 'actions', actions };
}
