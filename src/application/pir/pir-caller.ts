import { err, type Result } from '../../domain/result';
import type { InitiativeRecord } from '../initiative-record';
import type { PanelCaller, PanelDeps } from '../scoring/panel.ports';
import type { ServiceCatalogue } from '../lifecycle-settings/lifecycle-settings.ports';
import type { PilotRecord } from '../pilot/pilot-record';
import type { PirRecord } from './pir-record';
import type { PirDeps } from './pir.ports';
import type { PirViewer } from './pir-view';

/**
 * The caller's roles in this initiative's PIR (from the platform context and the stored owner and
 * services, never the payload): its owner, a service owner, a CSI admin. The pilot's services
 * (unless already read) and the catalogue are read only when the PIR has a section for service owners.
 */
export async function pirViewerOf(
  deps: PanelDeps,
  caller: PanelCaller,
  pir: PirRecord,
  record: InitiativeRecord | undefined,
  read?: { pilot: PilotRecord | undefined; catalogue?: ServiceCatalogue },
): Promise<PirViewer> {
  const needsServices = pir.template.sections.some((s) => s.ownerRole === 'service-owner');
  let owns = false;
  if (needsServices && !caller.isCsiAdmin) {
    const [pilot, catalogue] = await Promise.all([
      read ? read.pilot : deps.pilots.get(caller.issue.id),
      read?.catalogue ?? deps.catalogue(),
    ]);
    const named = new Set(pilot?.services ?? []);
    owns = catalogue.services.some((s) => named.has(s.key) && s.ownerAccountId === caller.accountId);
  }
  return {
    accountId: caller.accountId,
    isCsiAdmin: caller.isCsiAdmin,
    isOwner: record?.owner?.accountId === caller.accountId,
    isServiceOwner: owns,
  };
}

/** The initiative's PIR, or why there is none (nothing is written then). */
export async function pirOf(deps: PirDeps, issueId: string): Promise<Result<PirRecord>> {
  const pir = await deps.pirs.get(issueId);
  if (pir) return { ok: true, value: pir };
  return err({
    code: 'NOT_FOUND',
    message: 'This initiative has no PIR: one is attached when its issue reaches a done status.',
  });
}

/** Why a completed PIR refuses a change (checked after the caller's role, so outsiders learn nothing). */
export function frozen(pir: PirRecord): Result<never> | undefined {
  return pir.state === 'open'
    ? undefined
    : err({ code: 'PRECONDITION_FAILED', message: 'This PIR is completed: it no longer changes.' });
}
