import type { PilotRecord } from './pilot-record';

/** One commitment as a person's footprint row keeps it (enough for `personLoads`). */
export interface FootprintCommitment {
  id: string;
  hoursPerWeek: number;
  start: string;
  end: string;
  confirmed: boolean;
}

/** What a footprint row holds: the initiative, and for a person, its commitments of them. */
export interface FootprintData {
  issueKey: string;
  commitments?: FootprintCommitment[];
}

export interface FootprintRow extends FootprintData {
  issueId: string;
}

/** The target of a person's rows. */
export const personTarget = (accountId: string) => `person:${accountId}`;
/** The target of a service's rows. */
export const serviceTarget = (serviceKey: string) => `service:${serviceKey}`;

/**
 * The rows a pilot should have, by target: one per person with their commitments, one per named
 * service. The repository writes the difference between the rows before and after a change.
 *
 * @example footprintOf(pilot, 'CSI-6').get('service:vpn'); // { issueKey: 'CSI-6' }
 */
export function footprintOf(pilot: PilotRecord, issueKey: string): Map<string, FootprintData> {
  const rows = new Map<string, FootprintData>();
  for (const c of pilot.commitments) {
    const target = personTarget(c.personId);
    const row = rows.get(target) ?? { issueKey, commitments: [] };
    row.commitments?.push({
      id: c.id,
      hoursPerWeek: c.hoursPerWeek,
      start: c.start,
      end: c.end,
      confirmed: c.confirmedBy !== undefined,
    });
    rows.set(target, row);
  }
  for (const service of pilot.services) rows.set(serviceTarget(service), { issueKey });
  return rows;
}

/**
 * A person's commitments as `personLoads` takes them, from their footprint rows of the initiatives
 * in `active` (a row keeps whether a commitment was confirmed, not by whom).
 */
export function rowCommitments(personId: string, rows: readonly FootprintRow[], active: ReadonlySet<string>) {
  return rows
    .filter((row) => active.has(row.issueId))
    .flatMap((row) =>
      (row.commitments ?? []).map((c) => ({
        personId,
        initiativeId: row.issueId,
        hoursPerWeek: c.hoursPerWeek,
        start: c.start,
        end: c.end,
        ...(c.confirmed ? { confirmedBy: 'confirmed' } : {}),
      })),
    );
}
