import type { ResourcesData } from '../../contracts/commitment.contract';
import { err, type Result } from '../../domain/result';
import type { PanelCaller } from '../scoring/panel.ports';
import { notTakingPart } from '../scoring/takes-part';
import type { ResourcesDeps } from './commitment.ports';
import { projectKeyOf, resourcesOf } from './commitment-resources.use-case';

/**
 * An editor names the services the initiative affects, from the active catalogue (a retired one it
 * already names may stay). Unknown or retired keys are refused by position, nothing written; the
 * same list again writes nothing. Naming a service the dependency review did not cover reopens it
 * (`isDependencyReviewCurrent`), which the answer shows.
 */
export async function nameServices(
  deps: ResourcesDeps,
  caller: PanelCaller,
  services: readonly string[],
  requestId?: string,
): Promise<Result<ResourcesData>> {
  const requestKey = requestId ? deps.requests.key(caller.accountId, requestId) : undefined;
  if (requestKey && (await deps.requests.seen(requestKey)))
    return { ok: true, value: await resourcesOf(deps, caller, await deps.pilots.get(caller.issue.id)) };
  const refused = notTakingPart((await deps.settings.load()).config, caller);
  if (refused) return refused;
  const [catalogue, before] = await Promise.all([deps.catalogue(), deps.pilots.get(caller.issue.id)]);
  const fieldErrors: Record<string, string[]> = {};
  services.forEach((key, i) => {
    const known = catalogue.services.find((s) => s.key === key);
    if (!known) fieldErrors[`services.${i}`] = [`No service has the key ${key}: choose one from the list`];
    else if (known.retired && !before?.services.includes(key))
      fieldErrors[`services.${i}`] = [`${known.name} is retired: choose an active service`];
  });
  if (Object.keys(fieldErrors).length > 0)
    return err({ code: 'INVALID_INPUT', message: 'Some services are not in the catalogue', fieldErrors });
  const next = [...new Set(services)].sort();
  const issue = { id: caller.issue.id, key: caller.issue.key, projectKey: projectKeyOf(caller.issue.key) };
  const pilot = await deps.footprints.update(
    issue,
    (current) =>
      JSON.stringify(current.services) === JSON.stringify(next) ? undefined : { ...current, services: next },
    { requestKey },
  );
  return { ok: true, value: await resourcesOf(deps, caller, pilot) };
}
