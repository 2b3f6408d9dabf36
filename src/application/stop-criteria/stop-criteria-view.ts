import type { StopCriteriaView } from '../../contracts/stop-criteria.contract';
import type { InitiativeRecord } from '../initiative-record';
import { lifecycleOf } from '../lifecycle/lifecycle-state';
import type { PilotRecord } from '../pilot/pilot-record';
import { refreshTriggers } from './refresh-triggers';
import { stopFacts } from './stop-facts';

/**
 * What the panel shows of the pause / terminate criteria: the declared ones and what fires now,
 * evaluated afresh over the initiative and its pilot as the panel read them (a lapse of committed
 * hours fires with the calendar, not only when something is written). A trigger already stored
 * keeps its `since` and its answer.
 */
export function stopCriteriaView(
  record: InitiativeRecord | undefined,
  pilot: PilotRecord | undefined,
  viewer: { isCsiAdmin: boolean },
  now: string,
): StopCriteriaView {
  if (!record) return { criteria: [], triggered: [], canEdit: viewer.isCsiAdmin };
  const facts = stopFacts(record, lifecycleOf(record).stage, pilot, now);
  return {
    criteria: record.stopCriteria,
    triggered: refreshTriggers(record.triggers, record.stopCriteria, facts, now),
    canEdit: viewer.isCsiAdmin,
  };
}
