import type { PersonLoadView, ResourcesData } from '../../contracts/commitment.contract';
import { MAX_COMMITMENTS } from '../../contracts/commitment.contract';
import type { DependenciesView, JiraLinkView, ServiceRef } from '../../contracts/dependency.contract';
import { MAX_INITIATIVE_SERVICES } from '../../contracts/dependency.contract';
import type { UserRef } from '../../contracts/views';
import { personLoads } from '../../domain/commitments/person-loads';
import { findOverlaps, type ServiceFootprint } from '../../domain/dependencies/find-overlaps';
import { isDependencyReviewCurrent } from '../../domain/dependencies/is-dependency-review-current';
import { ok, type Result } from '../../domain/result';
import type { StoredService } from '../lifecycle-settings/lifecycle-settings.ports';
import type { PanelCaller } from '../scoring/panel.ports';
import { personTarget, rowCommitments, serviceTarget, type FootprintRow } from './commitment-footprint';
import type { ResourcesDeps } from './commitment.ports';
import { commitmentViews } from './commitment-view';
import { emptyPilot, type PilotRecord } from './pilot-record';
import { pilotView } from './pilot-view';

/** Hours per week above which a person counts as over-committed (a working week). */
export const OVERCOMMITTED_ABOVE_HOURS = 40;

/** The project of an issue key (`CSI-6` → `CSI`): Jira keys are the project key, a dash and a number. */
export const projectKeyOf = (issueKey: string) => issueKey.slice(0, issueKey.lastIndexOf('-'));

/**
 * Opening the Resources tab: the pilot (one get), the catalogue (one get), one footprint query per
 * person committed and per service named, one batch get per 25 other initiatives (are they
 * active?), the issue's links (one GET), one bulk permission check and one bulk user read. The
 * panel's own get is not touched by any of it.
 */
export async function getResources(deps: ResourcesDeps, caller: PanelCaller): Promise<Result<ResourcesData>> {
  return ok(await resourcesOf(deps, caller, await deps.pilots.get(caller.issue.id)));
}

/** What the Resources tab shows for `pilot` (what a write answers, with the pilot it stored). */
export async function resourcesOf(
  deps: ResourcesDeps,
  caller: PanelCaller,
  stored: PilotRecord | undefined,
): Promise<ResourcesData> {
  const pilot = stored ?? emptyPilot(caller.issue.id, projectKeyOf(caller.issue.key));
  const today = deps.clock.now().slice(0, 10);
  const people = [...new Set(pilot.commitments.map((c) => c.personId))];
  const [catalogue, personRows, serviceRows, links] = await Promise.all([
    deps.catalogue(),
    Promise.all(people.map(async (p) => others(await deps.footprints.rows(personTarget(p)), pilot))),
    Promise.all(pilot.services.map(async (s) => others(await deps.footprints.rows(serviceTarget(s)), pilot))),
    deps.links(caller.issue.id),
  ]);
  const otherIds = [...new Set([...personRows.flat(), ...serviceRows.flat()].map((r) => r.issueId))];
  const [active, visible] = await Promise.all([
    deps.activeInitiatives(otherIds),
    deps.visibility.browsable([...otherIds, ...links.map((l) => l.issueId)]),
  ]);
  const services = catalogue.services;
  const users = await namesOf(deps, pilot, services);
  const nameOf = (accountId: string, stored?: string): UserRef =>
    users.get(accountId) ?? { accountId, displayName: stored ?? 'Unknown user' };
  const keyOf = new Map([...personRows.flat(), ...serviceRows.flat()].map((r) => [r.issueId, r.issueKey]));
  const loads = loadsOf(pilot, people, personRows, active, today).map((load): PersonLoadView => ({
    person: nameOf(load.personId, pilot.commitments.find((c) => c.personId === load.personId)?.personName),
    peakHours: load.peakHours,
    confirmedPeakHours: load.confirmedPeakHours,
    peakOn: load.peakOn,
    overCommitted: load.overCommitted,
    initiatives: load.initiativeIds
      .filter((id) => id === pilot.issueId || visible.has(id))
      .map((id) => (id === pilot.issueId ? caller.issue.key : (keyOf.get(id) ?? id))),
    hiddenInitiatives: load.initiativeIds.filter((id) => id !== pilot.issueId && !visible.has(id)).length,
  }));
  return {
    today,
    commitments: commitmentViews(pilot, today, caller.accountId, services, nameOf),
    max: MAX_COMMITMENTS,
    canRequest: caller.canEdit,
    thresholdHours: OVERCOMMITTED_ABOVE_HOURS,
    loads,
    dependencies: dependenciesOf(pilot, caller, services, serviceRows, active, visible, links, nameOf),
    pilot: pilotView(stored, caller),
  };
}

/** Rows of other initiatives (the pilot's own come from its record, read strongly consistent). */
const others = (rows: FootprintRow[], pilot: PilotRecord) => rows.filter((r) => r.issueId !== pilot.issueId);

function loadsOf(
  pilot: PilotRecord,
  people: string[],
  personRows: FootprintRow[][],
  active: ReadonlySet<string>,
  today: string,
) {
  const elsewhere = people.flatMap((personId, i) => rowCommitments(personId, personRows[i] ?? [], active));
  const own = pilot.commitments.map((c) => ({ ...c, initiativeId: pilot.issueId }));
  return personLoads([...own, ...elsewhere], today, OVERCOMMITTED_ABOVE_HOURS);
}

function dependenciesOf(
  pilot: PilotRecord,
  caller: PanelCaller,
  services: readonly StoredService[],
  serviceRows: FootprintRow[][],
  active: ReadonlySet<string>,
  visible: ReadonlySet<string>,
  links: Array<JiraLinkView & { issueId: string }>,
  nameOf: (accountId: string) => UserRef,
): DependenciesView {
  const ref = (s: Pick<StoredService, 'key' | 'name' | 'ownerAccountId' | 'retired'>): ServiceRef => ({
    key: s.key,
    name: s.name,
    owner: nameOf(s.ownerAccountId),
    retired: s.retired,
  });
  const byIssue = new Map<string, ServiceFootprint>();
  pilot.services.forEach((service, i) => {
    for (const row of serviceRows[i] ?? []) {
      const entry = byIssue.get(row.issueId) ?? {
        id: row.issueId,
        key: row.issueKey,
        services: [],
        active: active.has(row.issueId),
      };
      byIssue.set(row.issueId, { ...entry, services: [...entry.services, service] });
    }
  });
  const mine = { id: pilot.issueId, key: caller.issue.key, services: pilot.services, active: true };
  const overlaps = findOverlaps(mine, [...byIssue.values()]);
  const nameOfService = (key: string) => services.find((s) => s.key === key)?.name ?? key;
  const review = pilot.dependencyReview;
  return {
    // A key the catalogue lost (never expected: keys are never deleted) shows as a retired service.
    named: pilot.services.map((key) =>
      ref(services.find((s) => s.key === key) ?? { key, name: key, ownerAccountId: '', retired: true }),
    ),
    catalogue: services.filter((s) => !s.retired).map(ref),
    max: MAX_INITIATIVE_SERVICES,
    canEdit: caller.canEdit,
    review: review && {
      reviewedBy: { accountId: review.reviewedBy, displayName: review.reviewerName },
      reviewedAt: review.reviewedAt,
      services: review.services.map(nameOfService),
      note: review.note ?? null,
    },
    reviewCurrent: isDependencyReviewCurrent(review, pilot.services),
    overlaps: overlaps
      .filter((o) => visible.has(o.id))
      .map((o) => ({ issueId: o.id, issueKey: o.key, services: o.services.map(nameOfService) })),
    hiddenOverlaps: overlaps.filter((o) => !visible.has(o.id)).length,
    links: links.filter((l) => visible.has(l.issueId)).map(({ issueId: _id, ...link }) => link),
  };
}

/** Current names of the people and service owners shown (one bulk read). */
async function namesOf(deps: ResourcesDeps, pilot: PilotRecord, services: readonly StoredService[]) {
  const ids = new Set<string>(services.filter((s) => !s.retired).map((s) => s.ownerAccountId));
  for (const c of pilot.commitments) [c.personId, c.requestedBy, c.confirmedBy].forEach((id) => id && ids.add(id));
  const found = await deps.users.byIds([...ids].filter((id) => id !== ''));
  return new Map(found.map((u) => [u.accountId, u]));
}
