import type { UserRefRecord } from '../initiative-record';
import { isActive } from '../initiative-record';
import { footprintOf, type FootprintRow } from '../pilot/commitment-footprint';
import type { PilotRecord } from '../pilot/pilot-record';
import type { PilotWatchPorts } from '../portfolio/pilot-watch.use-case';
import { openTriggers } from '../stop-criteria/refresh-triggers';
import type { MemoryInitiatives } from './memory-initiatives';
import type { MemoryPilots } from './memory-pilots';
import { memoryVisibility } from './memory-visibility';

/** The earliest due date of a pilot's undecided checkpoints (what its `by-project-due` index holds). */
const earliestOpen = (p: PilotRecord): string | undefined =>
  p.checkpoints
    .filter((c) => c.decision === null)
    .map((c) => c.dueDate)
    .sort()[0];

/** The first `limit` of `items`, and whether there were more. */
const bounded = <T>(items: T[], limit: number) => ({ items: items.slice(0, limit), more: items.length > limit });

/**
 * The pilot watch's reads (`PilotWatchPorts`) over in-memory initiatives and pilots, as the
 * repositories answer them: pilots by their earliest undecided checkpoint, soonest first; a
 * project's pilots by issue id; active initiatives with an open stop trigger; each person's footprint
 * rows derived from every pilot with the app's own `footprintOf` (what the pilot repository writes
 * with each pilot). `hidden`: issue ids the reader may not browse; `users`: Jira's directory.
 */
export function memoryPilotWatch(
  w: { initiatives: MemoryInitiatives; pilots: MemoryPilots },
  options: { today: string; hidden?: readonly string[]; users?: readonly UserRefRecord[] },
): PilotWatchPorts {
  const ofProject = (projectKey: string) => w.pilots.all().filter((p) => p.projectKey === projectKey);
  return {
    ...memoryVisibility(options.hidden ?? []),
    today: () => options.today,
    duePilots: (projectKey, before, limit) => {
      const due = ofProject(projectKey)
        .filter((p) => (earliestOpen(p) ?? '9999') < before)
        .sort((a, b) => (earliestOpen(a) ?? '').localeCompare(earliestOpen(b) ?? ''));
      const { items, more } = bounded(due, limit);
      return Promise.resolve({ pilots: items, more });
    },
    projectPilots: (projectKey, limit) => {
      const { items, more } = bounded(
        ofProject(projectKey).sort((a, b) => a.issueId.localeCompare(b.issueId)),
        limit,
      );
      return Promise.resolve({ pilots: items, more });
    },
    triggered: (projectKey, limit) => {
      const fired = w.initiatives
        .all()
        .filter((r) => r.projectKey === projectKey && isActive(r) && openTriggers(r.triggers).length > 0);
      const { items, more } = bounded(fired, limit);
      return Promise.resolve({ records: items, more });
    },
    initiatives: (ids) => Promise.resolve(ids.map((id) => w.initiatives.read(id)).filter((r) => r !== undefined)),
    footprint: (target) => {
      const rows: FootprintRow[] = [];
      for (const pilot of w.pilots.all()) {
        const key = w.initiatives.read(pilot.issueId)?.issueKey ?? pilot.issueId;
        const row = footprintOf(pilot, key).get(target);
        if (row) rows.push({ issueId: pilot.issueId, ...row });
      }
      return Promise.resolve(rows);
    },
    names: (ids) =>
      Promise.resolve(
        new Map(
          (options.users ?? []).filter((u) => ids.includes(u.accountId)).map((u) => [u.accountId, u.displayName]),
        ),
      ),
  };
}
