import type { MaturityFacts } from '../../../domain/maturity/automatic-checks';
import type { UserRefRecord } from '../../initiative-record';
import { Faults } from '../../testing/faults';
import { FixedClock, fixedIdentity } from '../../testing/fixed-clock';
import { MemoryDecisions } from '../../testing/memory-decisions';
import { MemoryRequests } from '../../testing/memory-requests';
import { defaultMaturitySettings } from '../maturity-access';
import type { GapIssueDraft, GapIssuesPort, MaturityCaller, MaturityDeps, MaturityFactsPort } from '../maturity.ports';
import { MemoryMaturityStore } from './memory-maturity';
import { smallModel } from './small-model';

export const ADMIN: UserRefRecord = { accountId: 'u-csi-admin', displayName: 'Chen Okafor' };
export const ASSESSOR: UserRefRecord = { accountId: 'u-assessor', displayName: 'Ada Brandt' };
export const READER: UserRefRecord = { accountId: 'u-reader', displayName: 'Vera Lind' };

/** Facts with 10 PIRs due and 9 on time (90 %: `pirs-on-time` proposes F); every other share 0 of 0. */
export const FACTS: MaturityFacts = {
  decisionsLastQuarter: 0,
  decisionsWithRationale: 0,
  kpis: 0,
  kpisWithOwner: 0,
  kpisWithReadingLast30Days: 0,
  activeInitiatives: 0,
  activeWithCompleteScore: 0,
  activeWithCommitment: 0,
  approvedLastQuarter: 0,
  approvedWithDependencyReview: 0,
  pirsDueLastQuarter: 10,
  pirsCompletedOnTime: 9,
  pirActionsDueLastQuarter: 0,
  pirActionsDoneOnTime: 0,
  benefitChecksDueLastQuarter: 0,
  benefitChecksRecorded: 0,
};

/**
 * Jira's side of gaps in memory: issues CSI-101, CSI-102, ... in order of creation, each with the
 * property that finds it again (`existing`); `refuse` makes Jira refuse a criterion's issue;
 * `dieAfterCreate` makes the next create throw after Jira made the issue (a lost answer).
 */
export class MemoryGapIssues implements GapIssuesPort {
  readonly created: GapIssueDraft[] = [];
  readonly issues: { criterionId: string; issueKey: string; period: string }[] = [];
  readonly links: { issueKey: string; period: string }[] = [];
  readonly refused = new Set<string>();
  dieAfterCreate = false;

  readonly existing = (period: string) =>
    Promise.resolve(
      this.issues.filter((i) => i.period === period).map(({ criterionId, issueKey }) => ({ criterionId, issueKey })),
    );

  readonly create = (draft: GapIssueDraft) => {
    if (this.refused.has(draft.criterionId))
      return Promise.resolve({ ok: false as const, message: 'Field "Team" is required.' });
    this.created.push(draft);
    const issueKey = `CSI-${100 + this.created.length}`;
    this.issues.push({ criterionId: draft.criterionId, issueKey, period: draft.period });
    if (this.dieAfterCreate) {
      this.dieAfterCreate = false;
      return Promise.reject(new Error('The answer was lost'));
    }
    return Promise.resolve({ ok: true as const, issueKey });
  };

  readonly link = (issueKey: string, period: string) => {
    this.links.push({ issueKey, period });
    return Promise.resolve(true);
  };
}

/** The facts port with a count of the calls (they are costly on the real adapter). */
export function memoryFacts(facts: MaturityFacts = FACTS): MaturityFactsPort & { calls: string[] } {
  const port = {
    calls: [] as string[],
    facts: (period: string) => (port.calls.push(period), Promise.resolve({ ...facts })),
  };
  return port;
}

/**
 * The maturity use cases' ports in memory: the store (with the small model saved as version 1 and
 * ASSESSOR named, unless `bare`), the decision log, the request ledger, Jira's gap issues and the
 * facts. The clock stands in 2026-Q4. `as(person, isCsiAdmin)` is the caller, and the identity
 * answers that person.
 */
export function maturityWorld(options: { bare?: boolean } = {}) {
  const faults = new Faults();
  const requests = new MemoryRequests();
  const store = new MemoryMaturityStore(requests, faults);
  if (!options.bare) {
    store.seed({
      settings: { ...defaultMaturitySettings(), model: smallModel(), assessors: [ASSESSOR.accountId], revision: 1 },
    });
  }
  const decisions = new MemoryDecisions(requests, faults);
  const clock = new FixedClock('2026-11-16T09:00:00.000Z');
  const identity = fixedIdentity(ADMIN);
  const facts = memoryFacts();
  const gapIssues = new MemoryGapIssues();
  const people = new Map([ADMIN, ASSESSOR].map((u) => [u.accountId, u]));
  const users = { byIds: (ids: readonly string[]) => Promise.resolve(ids.flatMap((id) => people.get(id) ?? [])) };
  const deps: MaturityDeps = { maturity: store, facts, gapIssues, decisions, identity, clock, requests, users };
  const as = (person: UserRefRecord, isCsiAdmin = person === ADMIN): MaturityCaller => {
    identity.user = person;
    return { accountId: person.accountId, isCsiAdmin };
  };
  return { deps, store, decisions, requests, clock, identity, facts, gapIssues, faults, as };
}

export type MaturityWorld = ReturnType<typeof maturityWorld>;
