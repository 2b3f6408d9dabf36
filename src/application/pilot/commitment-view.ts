import type { CommitmentView } from '../../contracts/commitment.contract';
import type { PilotView } from '../../contracts/pilot-view';
import type { UserRef } from '../../contracts/views';
import type { Commitment } from '../../domain/commitments/commitment';
import { commitmentState } from '../../domain/commitments/commitment-state';
import type { StoredService } from '../lifecycle-settings/lifecycle-settings.ports';
import type { CommitmentRecord } from './commitment-record';
import type { PilotRecord } from './pilot-record';

/** The panel's part about commitments: how many (their states need today, the tab's call has it). */
export function commitmentsPart(pilot: PilotRecord | undefined): PilotView['commitments'] {
  return { total: pilot?.commitments.length ?? 0 };
}

/** The domain's `Commitment` of a stored one. */
export function toCommitment(c: CommitmentRecord): Commitment {
  const { personName: _p, requestedByName: _r, confirmedByName: _c, confirmedFor: _f, ...commitment } = c;
  return commitment;
}

/** The services of the pilot that are active in the catalogue (only their owners may confirm). */
export function namedActiveServices(pilot: PilotRecord, services: readonly StoredService[]): StoredService[] {
  return pilot.services.flatMap((key) => services.filter((s) => s.key === key && !s.retired));
}

/**
 * Whether `accountId` may confirm the commitment now: it is still requested, they own one of the
 * initiative's active services, did not request it and are not the person committed (the same rules
 * `confirmCommitment` applies; this only decides whether the button shows).
 */
export function mayConfirm(c: CommitmentRecord, state: string, accountId: string, owned: readonly StoredService[]) {
  return (
    state === 'requested' &&
    owned.some((s) => s.ownerAccountId === accountId) &&
    c.requestedBy !== accountId &&
    c.personId !== accountId
  );
}

/** The commitments as the Resources tab lists them on `today`, latest request first. */
export function commitmentViews(
  pilot: PilotRecord,
  today: string,
  viewerId: string,
  services: readonly StoredService[],
  nameOf: (accountId: string, stored?: string) => UserRef,
): CommitmentView[] {
  const owned = namedActiveServices(pilot, services);
  return [...pilot.commitments]
    .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt) || a.id.localeCompare(b.id))
    .map((c) => {
      const state = commitmentState(c, today);
      return {
        id: c.id,
        person: nameOf(c.personId, c.personName),
        hoursPerWeek: c.hoursPerWeek,
        start: c.start,
        end: c.end,
        state,
        requestedBy: nameOf(c.requestedBy, c.requestedByName),
        requestedAt: c.requestedAt,
        confirmedBy: c.confirmedBy ? nameOf(c.confirmedBy, c.confirmedByName) : null,
        confirmedAt: c.confirmedAt ?? null,
        confirmedFor: c.confirmedFor ? (services.find((s) => s.key === c.confirmedFor)?.name ?? c.confirmedFor) : null,
        canConfirm: mayConfirm(c, state, viewerId, owned),
      };
    });
}
