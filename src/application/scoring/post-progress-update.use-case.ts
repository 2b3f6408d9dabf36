import type { PanelData } from '../../contracts/issue-panel.contract';
import type { Rag } from '../../contracts/views';
import type { Result } from '../../domain/result';
import { getPanel } from './get-panel.use-case';
import type { PanelCaller, PanelDeps } from './panel.ports';
import { fromJira } from './new-initiative';
import { notTakingPart } from './takes-part';

export interface UpdateInput {
  whatChanged: string;
  next: string;
  risks: string;
  asks: string;
  rag: Rag;
}

/**
 * An editor posts a structured progress update; the initiative keeps the latest for reports. With a
 * `requestId`, the id commits with the initiative's change and names the update: a retry finds it
 * and stores the update's own record if the first call failed before that (never a second update).
 */
export async function postProgressUpdate(
  deps: PanelDeps,
  caller: PanelCaller,
  input: UpdateInput,
  requestId?: string,
): Promise<Result<PanelData>> {
  const requestKey = requestId ? deps.requests.key(caller.accountId, requestId) : undefined;
  if (requestKey && requestId && (await deps.requests.seen(requestKey))) {
    await completeUpdate(deps, caller, `r-${requestId}`);
    return getPanel(deps, caller);
  }
  const { config } = await deps.settings.load();
  const refused = notTakingPart(config, caller);
  if (refused) return refused;
  const [author, at] = [await deps.identity.currentUser(), deps.clock.now()];
  const update = { id: requestId ? `r-${requestId}` : deps.clock.id(), at, author, ...input };
  const saved = await deps.initiatives.update(
    caller.issue.id,
    (rec) => ({ ...rec, latestUpdate: update }),
    fromJira(deps.issues, caller.issue.id, config),
    { requestKey },
  );
  // A concurrent call with the same id won: its update is this one (stored by it, or by a retry).
  if (saved?.latestUpdate?.id === update.id && saved.latestUpdate.at === at)
    await deps.updates.add(caller.issue.id, saved.projectKey, update);
  return getPanel(deps, caller);
}

/** The update record of a request whose initiative change committed, if the first call lost it. */
async function completeUpdate(deps: PanelDeps, caller: PanelCaller, updateId: string): Promise<void> {
  const rec = await deps.initiatives.get(caller.issue.id);
  const latest = rec?.latestUpdate;
  if (!rec || !latest || latest.id !== updateId || latest.author.accountId !== caller.accountId) return;
  const recent = await deps.updates.recent(caller.issue.id, 10);
  if (!recent.some((u) => u.id === updateId)) await deps.updates.add(caller.issue.id, rec.projectKey, latest);
}
