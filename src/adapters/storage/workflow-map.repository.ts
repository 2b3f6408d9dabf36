import { Filter, FilterConditions, kvs } from '@forge/kvs';
import * as z from 'zod';
import type { StoredWorkflowMap } from '../../application/lifecycle-settings/lifecycle-settings.ports';
import { GATE_CONDITIONS } from '../../domain/lifecycle/gate-condition.vocabulary';
import { LIFECYCLE_STAGES } from '../../domain/lifecycle/lifecycle-stage.vocabulary';
import { ENTITIES, SETTINGS_RECORDS } from './keys';
import { committed } from './kvs-conflict';

const dataSchema = z.object({
  projectKey: z.string(),
  stages: z.array(z.object({ stage: z.enum(LIFECYCLE_STAGES), status: z.string() })),
  gates: z.array(z.object({ status: z.string(), conditions: z.array(z.enum(GATE_CONDITIONS)) })),
  changedBy: z.object({ accountId: z.string(), displayName: z.string() }),
  changedAt: z.string(),
});

interface SettingsRecord {
  revision: number;
  data: unknown;
}

const entity = () => kvs.entity<SettingsRecord>(ENTITIES.settings);

/** Before any admin saved a mapping: version 0, nothing mapped, nothing gated by the admins. */
export const EMPTY_WORKFLOW_MAP: StoredWorkflowMap = {
  version: 0,
  projectKey: null,
  stages: [],
  gates: [],
  changedBy: null,
  changedAt: null,
};

/**
 * The workflow mapping (issue 10 items 1 and 6): one record of the `settings` entity, keyed
 * `SETTINGS_RECORDS.workflowMap`, whose `revision` is the mapping's version (one KVS get).
 */
export async function loadWorkflowMap(): Promise<StoredWorkflowMap> {
  const stored = await entity().get(SETTINGS_RECORDS.workflowMap);
  if (!stored) return EMPTY_WORKFLOW_MAP;
  return { version: stored.revision, ...dataSchema.parse(stored.data) };
}

/**
 * Writes version `next.version` if the stored one is still `next.version - 1` (one conditional
 * transaction with the client request key). False when another save came first.
 */
export function saveWorkflowMap(next: StoredWorkflowMap, requestKey?: string): Promise<boolean> {
  const { version, ...data } = next;
  const conditions =
    version === 1
      ? new Filter<SettingsRecord>().and('revision', FilterConditions.notExists())
      : new Filter<SettingsRecord>().and('revision', FilterConditions.equalTo(version - 1));
  const tx = kvs
    .transact()
    .set(SETTINGS_RECORDS.workflowMap, { revision: version, data }, { entityName: ENTITIES.settings, conditions });
  if (requestKey) tx.set(requestKey, { workflowMapVersion: version });
  return committed(() => tx.execute());
}
