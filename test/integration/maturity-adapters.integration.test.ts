import { kvs } from '@forge/kvs';
import { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { seedProductDemo } from '../../local/product/seed-product';
import { remoteLinksOf } from '../../local/product/store/remote-link-store';
import { GAP_PROPERTY, gapIssuesJira } from '../../src/adapters/product/gap-issues';
import { maturityFacts } from '../../src/adapters/reports/maturity-facts';
import { appendDecision } from '../../src/adapters/storage/decision-log.repository';
import { toEntity } from '../../src/adapters/storage/initiative.entity';
import { decisionKey, ENTITIES, KEYS } from '../../src/adapters/storage/keys';
import { setPilot } from '../../src/adapters/storage/pilot.repository';
import { setPir } from '../../src/adapters/storage/pir.repository';
import { saveWorkflowMap } from '../../src/adapters/storage/workflow-map.repository';
import type { InitiativeRecord, LifecycleRecord } from '../../src/application/initiative-record';
import type { GapIssueDraft } from '../../src/application/maturity/maturity.ports';
import type { CommitmentRecord } from '../../src/application/pilot/commitment-record';
import { emptyPilot, type PilotRecord } from '../../src/application/pilot/pilot-record';
import type { PirRecord } from '../../src/application/pir/pir-record';
import { pauseDraft } from '../../src/application/testing/decision-drafts';
import { ratedInitiative } from '../../src/application/testing/initiative-builder';
import type { MaturityFacts } from '../../src/domain/maturity/automatic-checks';
import { defaultScoringConfig } from '../../src/domain/scoring/default-scoring-config';

/**
 * Issue 12's adapters against the local host: the facts the automatic checks rest on, counted from
 * records written here by hand (so every expected count below is counted by hand, period 2026-Q3,
 * July 1 to September 30), and the gap issues in the simulated Jira.
 */
let host: LocalHost;
beforeAll(() => {
  host = new LocalHost({ dbFile: ':memory:' });
  seedProductDemo(host.store);
});
afterAll(() => host.close());

/** Runs `fn` as one app invocation and answers its result with what it cost. */
async function run<T>(fn: () => Promise<T>) {
  const id = host.stats.nextId;
  const value = await host.runtime.run('test', 'maturity-adapters', USERS.csiAdmin, undefined, fn);
  await host.settle();
  return { value, cost: host.stats.byId(id)! };
}

const PERIOD = '2026-Q3';
const actor = { accountId: USERS.csiAdmin, displayName: 'Chen Okafor' };
const config = defaultScoringConfig();

function initiative(n: number, rated: boolean, lifecycle: LifecycleRecord, done = false): InitiativeRecord {
  return ratedInitiative(n, config, rated ? 3 : null, {
    change: { lifecycle, ...(done ? { status: 'Done', statusCategory: 'done' } : {}) },
  });
}
const stage = (s: LifecycleRecord['stage'], since: string): LifecycleRecord => ({
  stage: s,
  since,
  latestVerdict: null,
});

function commitment(n: number, confirmed: boolean): CommitmentRecord {
  return {
    id: `c-${n}`,
    initiativeId: String(10_000 + n),
    personId: USERS.editor,
    personName: 'Eddie Editor',
    hoursPerWeek: 4,
    start: '2026-07-01',
    end: '2027-03-31',
    requestedBy: USERS.csiAdmin,
    requestedAt: '2026-06-20T09:00:00.000Z',
    ...(confirmed ? { confirmedBy: USERS.siteAdmin, confirmedAt: '2026-06-21T09:00:00.000Z' } : {}),
  };
}
function pilot(n: number, commitments: CommitmentRecord[], reviewedAt?: string): PilotRecord {
  const review = reviewedAt ? { reviewedBy: USERS.csiAdmin, reviewerName: 'Chen', reviewedAt, services: [] } : null;
  return { ...emptyPilot(String(10_000 + n), 'CSI'), commitments, dependencyReview: review, revision: 1 };
}

const by = { accountId: USERS.csiAdmin, displayName: 'Chen Okafor' };
const act = (id: string, dueDate: string, status: 'open' | 'done' | 'wont-do') => ({
  id,
  title: `Action ${id}`,
  ownerAccountId: USERS.editor,
  priority: 'normal' as const,
  dueDate,
  status,
  wontDoReason: status === 'wont-do' ? 'Not worth it' : null,
  issueKey: null,
});
function pir(n: number, dueDate: string, completedAt: string | null, extra: Partial<PirRecord> = {}): PirRecord {
  return {
    issueId: String(20_000 + n),
    issueKey: `CSI-${900 + n}`,
    projectKey: 'CSI',
    rule: { id: 'r-1', name: 'Every change', requirement: 'mandatory' },
    template: {
      id: 't-1',
      name: 'Standard',
      version: 1,
      sections: [
        { key: 'actions', title: 'Actions', kind: 'actions', required: false, guidance: '', ownerRole: 'csi-admin' },
      ],
    },
    doneAt: '2026-04-01T10:00:00.000Z',
    dueDate,
    timeZone: 'UTC',
    state: completedAt ? 'completed' : 'open',
    values: {},
    filledBy: {},
    completion: completedAt ? { at: completedAt, by, outcome: 'met', residualRisks: [], seq: 1 } : null,
    linking: null,
    linkErrors: {},
    services: [],
    benefitChecks: [],
    reminders: {},
    revision: 1,
    ...extra,
  };
}

async function seedFacts() {
  const initiatives = [
    // Approved in the quarter, complete, confirmed commitment, dependency review before the approval.
    initiative(1, true, stage('approved', '2026-08-10T10:00:00.000Z')),
    // Approved in the quarter, incomplete, unconfirmed commitment, review after the approval.
    initiative(2, false, stage('approved', '2026-09-20T10:00:00.000Z')),
    // Piloting (approved earlier), complete, confirmed commitment.
    initiative(3, true, stage('piloting', '2026-07-15T10:00:00.000Z')),
    // Approved the evening before the quarter began (UTC), incomplete, no pilot.
    initiative(4, false, stage('approved', '2026-06-30T23:00:00.000Z')),
    // Rolling out, complete, no pilot.
    initiative(5, true, stage('rolling-out', '2026-09-01T10:00:00.000Z')),
    // Not active in the maturity sense: under review, paused, closed (done in Jira).
    initiative(6, true, stage('under-review', '2026-08-01T10:00:00.000Z')),
    initiative(7, true, stage('paused', '2026-08-01T10:00:00.000Z')),
    initiative(8, true, stage('closed', '2026-08-01T10:00:00.000Z'), true),
  ];
  const pilots = [
    pilot(1, [commitment(1, true)], '2026-08-01T10:00:00.000Z'),
    pilot(2, [commitment(2, false)], '2026-09-25T10:00:00.000Z'),
    pilot(3, [commitment(3, true), commitment(33, false)]),
    // A confirmed commitment of an initiative that is not active does not count.
    pilot(6, [commitment(6, true)]),
  ];
  const pirs = [
    // Due in the quarter, completed the day before; its +30 check (2026-08-08) is recorded, +90 falls in Q4.
    pir(1, '2026-07-10', '2026-07-09T15:00:00.000Z', {
      values: {
        actions: {
          kind: 'actions',
          actions: [act('a1', '2026-08-01', 'done'), act('a2', '2026-09-30', 'open'), act('a3', '2026-10-01', 'done')],
        },
      },
      benefitChecks: [
        {
          days: 30,
          dueDate: '2026-08-08',
          checkedAt: '2026-08-08T06:00:00.000Z',
          current: 5,
          verdict: 'kept',
          retainedPct: 100,
          reviewIssueKey: null,
          reviewClaimedAt: null,
          reviewError: null,
        },
      ],
    }),
    // Due on the quarter's last day, completed two days late (its checks fall in Q4).
    pir(2, '2026-09-30', '2026-10-02T09:00:00.000Z'),
    // Due in the quarter, still open.
    pir(3, '2026-08-31', null),
    // Due in Q2, closed 2026-05-05: its +90 check (2026-08-03) is due in the quarter, not recorded;
    // its action due in the quarter was not done.
    pir(4, '2026-06-30', '2026-05-05T12:00:00.000Z', {
      values: { actions: { kind: 'actions', actions: [act('b1', '2026-07-15', 'wont-do')] } },
    }),
    // Due in Q4.
    pir(5, '2026-10-05', null),
  ];
  await run(async () => {
    for (const record of initiatives) await kvs.entity(ENTITIES.initiative).set(record.issueId, toEntity(record));
    for (const p of pilots) {
      const tx = kvs.transact();
      setPilot(tx, undefined, p);
      await tx.execute();
    }
    for (const p of pirs) {
      const tx = kvs.transact();
      setPir(tx, undefined, p);
      await tx.execute();
    }
    for (const at of [
      '2026-06-30T23:59:59.999Z',
      '2026-07-01T00:00:00.000Z',
      '2026-08-15T12:00:00.000Z',
      '2026-09-30T23:59:59.999Z',
      '2026-10-01T00:00:00.000Z',
    ]) {
      await appendDecision(pauseDraft('CSI-1'), actor, at);
    }
    // An entry as an older version stored it, without a rationale (seq 6, in the quarter).
    await kvs.entity(ENTITIES.decision).set(decisionKey(6), {
      seq: 6,
      projectKey: 'CSI',
      issueKey: 'CSI-2',
      type: 'pause',
      at: '2026-08-20T08:00:00.000Z',
      entry: { seq: 6, type: 'pause', summary: 'Paused CSI-2', rationale: '', at: '2026-08-20T08:00:00.000Z' },
    });
  });
  return initiatives;
}

/** Counted by hand from `seedFacts` (see the comments there). */
const EXPECTED: MaturityFacts = {
  decisionsLastQuarter: 4,
  decisionsWithRationale: 3,
  kpis: 0,
  kpisWithOwner: 0,
  kpisWithReadingLast30Days: 0,
  activeInitiatives: 5,
  activeWithCompleteScore: 3,
  activeWithCommitment: 2,
  approvedLastQuarter: 2,
  approvedWithDependencyReview: 1,
  pirsDueLastQuarter: 3,
  pirsCompletedOnTime: 1,
  pirActionsDueLastQuarter: 3,
  pirActionsDoneOnTime: 1,
  benefitChecksDueLastQuarter: 2,
  benefitChecksRecorded: 1,
};

describe('maturityFacts', () => {
  beforeAll(async () => {
    const initiatives = await seedFacts();
    // The fixture's premise: a rating on every criterion makes a complete score, none an incomplete one.
    expect(initiatives.map((i) => i.computed.complete)).toEqual([true, false, true, false, true, true, true, true]);
  });

  it('counts the quarter and the active initiatives from the stored records', async () => {
    const { value, cost } = await run(() => maturityFacts.facts(PERIOD));
    expect(value).toEqual(EXPECTED);
    expect(cost.kvsQueries).toBeGreaterThan(0);
  });

  it('answers a second call from the kept count: one get, no query, even after the data changed', async () => {
    await run(() => appendDecision(pauseDraft('CSI-3'), actor, '2026-09-10T10:00:00.000Z'));
    const { value, cost } = await run(() => maturityFacts.facts(PERIOD));
    expect(value).toEqual(EXPECTED);
    expect(cost.kvsOps).toEqual({ get: 1 });
    expect(cost.kvsQueries).toBe(0);
  });

  it('counts again once the kept count is older than 15 minutes', async () => {
    await run(() => kvs.set(KEYS.maturityFacts(PERIOD), { countedAt: Date.now() - 16 * 60_000, facts: EXPECTED }));
    const { value } = await run(() => maturityFacts.facts(PERIOD));
    expect(value).toEqual({ ...EXPECTED, decisionsLastQuarter: 5, decisionsWithRationale: 4 });
  });

  it('counts another quarter apart: in 2026-Q4 one decision, PIR 5 due and open, PIR 2 late', async () => {
    const { value } = await run(() => maturityFacts.facts('2026-Q4'));
    expect(value).toMatchObject({
      decisionsLastQuarter: 1,
      approvedLastQuarter: 0,
      pirsDueLastQuarter: 1,
      pirsCompletedOnTime: 0,
      // a3 (2026-10-01, done); PIR 1's +90 (2026-10-07) and PIR 2's +30 (2026-11-01) and +90 (2026-12-31).
      pirActionsDueLastQuarter: 1,
      pirActionsDoneOnTime: 1,
      benefitChecksDueLastQuarter: 3,
      benefitChecksRecorded: 0,
    });
  });
});

describe('gapIssuesJira', () => {
  const draft = (criterionId: string, period = PERIOD): GapIssueDraft => ({
    period,
    criterionId,
    dimension: 'governance',
    level: 3,
    currentLevel: 2,
    criterionText: 'The CSI lead has a term.',
    summary: `Maturity gap, Governance level 3: ${criterionId}`,
    description: 'The maturity assessment found Governance at level 2.',
  });
  const mapProject = (projectKey: string, version: number) =>
    run(() =>
      saveWorkflowMap({
        version,
        projectKey,
        stages: [],
        gates: [],
        changedBy: actor,
        changedAt: '2026-11-01T09:00:00.000Z',
      }),
    );

  it('refuses to guess the CSI project before the admins mapped one', async () => {
    const { value } = await run(() => gapIssuesJira.create(draft('gov-3-terms')));
    expect(value).toEqual({ ok: false, message: expect.stringContaining('CSI project') });
  });

  it('creates the issue in the CSI project, with the property that `existing` finds it by', async () => {
    await mapProject('CSI', 1);
    const { value } = await run(() => gapIssuesJira.create(draft('gov-3-terms')));
    if (!value.ok) throw new Error(value.message);
    const issue = host.store.issues.find(value.issueKey)!;
    expect(issue.key).toMatch(/^CSI-\d+$/);
    expect(issue.issueType).toMatchObject({ name: 'Improvement' });
    expect(issue.summary).toBe('Maturity gap, Governance level 3: gov-3-terms');
    expect(host.store.properties.get(issue.id, GAP_PROPERTY)).toEqual({ period: PERIOD, criterion: 'gov-3-terms' });

    const other = await run(() => gapIssuesJira.create(draft('meas-2-owners', '2026-Q2')));
    expect(other.value.ok).toBe(true);
    const found = await run(() => gapIssuesJira.existing(PERIOD));
    expect(found.value).toEqual([{ criterionId: 'gov-3-terms', issueKey: value.issueKey }]);
    expect(found.cost.restCalls).toEqual({ 'POST jira /rest/api/3/search/jql': 1 });
    expect((await run(() => gapIssuesJira.existing('2026-Q1'))).value).toEqual([]);
  });

  it('links the issue to the maturity page once, however often it is asked', async () => {
    const issueKey = (await run(() => gapIssuesJira.existing(PERIOD))).value[0]!.issueKey;
    expect((await run(() => gapIssuesJira.link(issueKey, PERIOD))).value).toBe(true);
    expect((await run(() => gapIssuesJira.link(issueKey, PERIOD))).value).toBe(true);
    const links = remoteLinksOf(host.store.db).of(host.store.issues.find(issueKey)!.id);
    expect(links).toEqual([
      expect.objectContaining({
        globalId: `csi-maturity-assessment:${PERIOD}`,
        link: expect.objectContaining({
          object: {
            url: 'https://local-csi.atlassian.net/jira/apps/00000000-0000-4000-8000-000000000000/local',
            title: `CSI maturity assessment ${PERIOD}`,
          },
        }),
      }),
    ]);
    expect((await run(() => gapIssuesJira.link('CSI-99999', PERIOD))).value).toBe(false);
  });

  it("answers Jira's refusal as a value with Jira's message, and creates nothing", async () => {
    await mapProject('NOPE', 2);
    const before = host.store.issues.list().length;
    const { value, cost } = await run(() => gapIssuesJira.create(draft('gov-3-review')));
    expect(value).toEqual({ ok: false, message: 'project: Specify a valid project ID or key' });
    expect(cost.restCalls).toEqual({ 'POST jira /rest/api/3/issue': 1 });
    expect(host.store.issues.list().length).toBe(before);
  });
});
