import type { PilotWatch } from '../../contracts/pilot-watch.contract';
import { personLoads } from '../../domain/commitments/person-loads';
import { isActive, type InitiativeRecord } from '../initiative-record';
import { keepBrowsable, type IssueVisibilityPort } from '../issue-visibility';
import { personTarget, rowCommitments, type FootprintRow } from '../pilot/commitment-footprint';
import { OVERCOMMITTED_ABOVE_HOURS } from '../pilot/commitment-resources.use-case';
import type { PilotRecord } from '../pilot/pilot-record';
import { openTriggers } from '../stop-criteria/refresh-triggers';

/** What the watch reads, each a bounded read; `more` says a bound cut the list. */
export interface PilotWatchPorts extends IssueVisibilityPort {
  /** Today, `YYYY-MM-DD` (UTC). */
  today(): string;
  /** Pilots whose earliest open checkpoint is due before `before` (`YYYY-MM-DD`), soonest first (one query). */
  duePilots(projectKey: string, before: string, limit: number): Promise<{ pilots: PilotRecord[]; more: boolean }>;
  /** The project's pilots in issue-id order (one query page), for the people they commit. */
  projectPilots(projectKey: string, limit: number): Promise<{ pilots: PilotRecord[]; more: boolean }>;
  /** The project's active initiatives whose stop criterion fired and waits (filtered query pages). */
  triggered(projectKey: string, limit: number): Promise<{ records: InitiativeRecord[]; more: boolean }>;
  /** Initiatives by issue id (one batch get per 25); missing ones are absent. */
  initiatives(issueIds: readonly string[]): Promise<InitiativeRecord[]>;
  /** A person's footprint rows across every initiative (one query per 100). */
  footprint(target: string): Promise<FootprintRow[]>;
  /** Display names of account ids (one bulk read). */
  names(accountIds: readonly string[]): Promise<Map<string, string>>;
}

/** How far ahead the watch looks, and the bounds of its reads. */
export const PILOT_WATCH_LIMITS = { horizonDays: 28, pilots: 25, triggered: 25, people: 20 } as const;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The project page's pilot watch (issue 10 item 7): undecided checkpoints due within four weeks or
 * overdue (from the pilots' `by-project-due` index), fired stop criteria awaiting a decision (the
 * initiatives' `triggered` attribute), and people over-committed across all active initiatives (the
 * people the project's pilots commit, each person's footprint rows). Every read is bounded and a
 * cut says so (`truncated`); only initiatives the reader may browse appear, and an over-committed
 * person is shown only with initiatives the reader may browse (none: not shown).
 */
export async function pilotWatch(ports: PilotWatchPorts, projectKey: string): Promise<PilotWatch> {
  const today = ports.today();
  const horizon = addDays(today, PILOT_WATCH_LIMITS.horizonDays);
  const weekEnd = addDays(today, 7);
  const [due, triggered, pilots] = await Promise.all([
    ports.duePilots(projectKey, addDays(horizon, 1), PILOT_WATCH_LIMITS.pilots),
    ports.triggered(projectKey, PILOT_WATCH_LIMITS.triggered),
    ports.projectPilots(projectKey, 100),
  ]);
  const { loads, read } = await overCommitted(ports, pilots.pilots, today);
  const ids = [...new Set([...due.pilots.map((p) => p.issueId), ...loads.flatMap((l) => l.initiativeIds)])];
  const known = new Map(read.map((r) => [r.issueId, r]));
  const [records, visible] = await Promise.all([
    ports.initiatives(ids.filter((id) => !known.has(id))),
    ports.browsable([...ids, ...triggered.records.map((r) => r.issueId)]),
  ]);
  const byId = new Map([...known, ...records.map((r): [string, InitiativeRecord] => [r.issueId, r])]);
  const shown = (id: string) => visible.has(id) && byId.has(id);
  const checkpoints = due.pilots
    .filter((p) => shown(p.issueId))
    .flatMap((p) =>
      p.checkpoints
        .filter((c) => c.decision === null && c.dueDate <= horizon)
        .map((c) => ({
          issueKey: byId.get(p.issueId)!.issueKey,
          summary: byId.get(p.issueId)!.summary,
          checkpoint: c.name,
          dueDate: c.dueDate,
          overdue: c.dueDate < today,
          dueThisWeek: today <= c.dueDate && c.dueDate < weekEnd,
        })),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.issueKey.localeCompare(b.issueKey));
  const fired = (await keepBrowsable(ports, triggered.records, (r) => r.issueId)).flatMap((r) =>
    openTriggers(r.triggers).map((t) => ({
      issueKey: r.issueKey,
      summary: r.summary,
      proposes: t.proposes,
      message: t.message,
      since: t.since,
    })),
  );
  const names = await ports.names(loads.map((l) => l.personId));
  const people = loads
    .map((l) => ({
      person: { accountId: l.personId, displayName: names.get(l.personId) ?? 'Unknown user' },
      hoursPerWeek: l.peakHours,
      initiatives: l.initiativeIds.filter(shown).map((id) => byId.get(id)!.issueKey),
    }))
    .filter((p) => p.initiatives.length > 0);
  return {
    today,
    horizonDays: PILOT_WATCH_LIMITS.horizonDays,
    checkpoints,
    triggered: fired,
    overCommitted: people,
    truncated: due.more || triggered.more || pilots.more,
  };
}

/** The people the pilots commit (up to the bound) who are over-committed across all active initiatives. */
async function overCommitted(ports: PilotWatchPorts, pilots: readonly PilotRecord[], today: string) {
  const people = [
    ...new Set(pilots.flatMap((p) => p.commitments.filter((c) => c.end >= today).map((c) => c.personId))),
  ].slice(0, PILOT_WATCH_LIMITS.people);
  const rows = await Promise.all(
    people.map(async (personId) => ({ personId, rows: await ports.footprint(personTarget(personId)) })),
  );
  const ids = [...new Set(rows.flatMap((r) => r.rows.map((row) => row.issueId)))];
  const read = await ports.initiatives(ids);
  const active = new Set(read.filter(isActive).map((r) => r.issueId));
  const commitments = rows.flatMap(({ personId, rows: list }) => rowCommitments(personId, list, active));
  const loads = personLoads(commitments, today, OVERCOMMITTED_ABOVE_HOURS).filter((l) => l.overCommitted);
  return { loads, read };
}
