import { lifecycleOf } from '../lifecycle/lifecycle-state';
import type { PilotRecord } from '../pilot/pilot-record';
import type { InitiativesPort } from '../ports';
import { refreshTriggers } from './refresh-triggers';
import { stopFacts } from './stop-facts';

/**
 * After a change to the pilot alone (a commitment requested or confirmed), the initiative's stored
 * triggers are judged again against the pilot as written (issue 10 item 4: "evaluated ... after each
 * commitment change"), so the portfolio's `triggered` filter follows. One get, and a write only when
 * a trigger fired or cleared; an initiative with no criteria (or none stored) is left alone.
 */
export async function refreshStoredTriggers(
  initiatives: Pick<InitiativesPort, 'update'>,
  pilot: PilotRecord,
  at: string,
): Promise<void> {
  await initiatives.update(pilot.issueId, (current) => {
    if (current.stopCriteria.length === 0) return undefined;
    const facts = stopFacts(current, lifecycleOf(current).stage, pilot, at);
    const triggers = refreshTriggers(current.triggers, current.stopCriteria, facts, at);
    return JSON.stringify(triggers) === JSON.stringify(current.triggers) ? undefined : { ...current, triggers };
  });
}
