import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { linksOf } from '../../local/product/store/link-store';
import { rollbackJira } from '../../src/adapters/product/rollback-jira';
import { productionDeps } from '../../src/adapters/deps';
import { createMemo } from '../../src/adapters/resolvers/memo';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { getPilot } from '../../src/adapters/storage/pilot.repository';
import { decideCheckpoint } from '../../src/application/pilot/checkpoint-decide.use-case';
import type { CheckpointView } from '../../src/contracts/checkpoint.contract';
import type { Envelope } from '../../src/contracts/envelope';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Go / no-go checkpoints end to end on the local host (issue 10 item 2): through the real
 * resolvers and the official clients, against the seeded pilots of local/seed/demo-checkpoints.ts
 * (CSI-1 is piloting with an open "Week 10 review" whose must criterion failed).
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

type Frame = { moduleKey: string; accountId: string; issueKey: string };
const panelAs = (accountId: string, issueKey = 'CSI-1'): Frame => ({
  moduleKey: 'csi-issue-panel',
  accountId,
  issueKey,
});
const run = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const idOf = (key: string) => String(host.store.issues.find(key)!.id);

async function call(frame: Frame, key: string, payload: unknown) {
  return invokeAs<PanelData>(host, frame, key, payload);
}

const checkpointsOf = (data: PanelData) => data.pilot.checkpoints.items;
const named = (data: PanelData, name: string): CheckpointView => {
  const found = checkpointsOf(data).find((c) => c.name === name);
  if (!found) throw new Error(`No checkpoint ${name}`);
  return found;
};

/** Every decision-log entry about an issue, as stored. */
type Entry = { seq: number; type: string; payload: Record<string, unknown> };

async function entries(issueKey: string): Promise<Entry[]> {
  return run(async () => {
    const out: Entry[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs
        .entity<{ seq: number; type: string; entry: unknown }>('decision')
        .query()
        .index('by-issue', { partition: [issueKey] })
        .where(WhereConditions.greaterThan(0))
        .sort(Sort.ASC)
        .filters(new Filter<{ type: string }>().and('type', FilterConditions.notEqualTo('')))
        .limit(100);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      out.push(...page.results.map((r) => r.value.entry as Entry));
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  });
}

const decisionsOn = async (issueKey: string, checkpointId: string) =>
  (await entries(issueKey)).filter((e) => e.type === 'checkpoint-decision' && e.payload.checkpointId === checkpointId);
const confirmationsOn = async (issueKey: string, checkpointId: string) =>
  (await entries(issueKey)).filter((e) => e.type === 'override' && e.payload.referenceId === checkpointId);
const rollbackIssues = (issueKey: string) =>
  host.store.issues.list().filter((i) => i.summary.startsWith(`Roll back ${issueKey}:`));

/** A valid new checkpoint; override what the test is about. */
const newCheckpoint = (overrides: Record<string, unknown> = {}) => ({
  name: 'Week 12 review',
  dueDate: '2026-12-01',
  criteria: [
    {
      kind: 'metric',
      priority: 'must',
      kpiName: 'P1 MTTR (h)',
      direction: 'decrease',
      baseline: 6.2,
      requiredChangePct: 20,
    },
  ],
  rollbackProcedure: 'Switch P1 routing back to tiered escalation',
  requestId: 'save-new-checkpoint-1',
  ...overrides,
});

/** Adds a checkpoint as the editor and answers it. */
async function added(overrides: Record<string, unknown> = {}): Promise<CheckpointView> {
  const { envelope } = await call(panelAs(USERS.editor), 'checkpoint.save', newCheckpoint(overrides));
  if (!envelope.ok) throw new Error(`save refused: ${JSON.stringify(envelope.error)}`);
  return named(envelope.data, typeof overrides.name === 'string' ? overrides.name : 'Week 12 review');
}

describe('bad input: a specific field error, and nothing written', () => {
  const refusedWith = async (frame: Frame, key: string, payload: unknown, field: string) => {
    const before = await entries('CSI-1');
    const { envelope, writes } = await call(frame, key, payload);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).not.toBe('FORBIDDEN');
    expect(Object.keys(envelope.error.fieldErrors ?? {})).toContain(field);
    expect(writes).toEqual({ kvs: 0, rest: 0 });
    expect(await entries('CSI-1')).toEqual(before);
  };

  it.each([
    ['without a rollback procedure', { rollbackProcedure: undefined }, 'rollbackProcedure'],
    ['with a rollback procedure of blanks', { rollbackProcedure: ' \u200b ' }, 'rollbackProcedure'],
    ['without criteria', { criteria: [] }, 'criteria'],
    [
      'with a criterion of an unknown kind',
      { criteria: [{ kind: 'survey', priority: 'must', statement: 'Users like it' }] },
      'criteria.0.kind',
    ],
    ['with a day that does not exist', { dueDate: '2026-02-30' }, 'dueDate'],
  ])('a checkpoint %s is refused', async (_what, overrides, field) => {
    const payload = newCheckpoint(overrides);
    const pilotBefore = await run(() => getPilot(idOf('CSI-1')));
    await refusedWith(panelAs(USERS.editor), 'checkpoint.save', payload, field);
    expect(await run(() => getPilot(idOf('CSI-1')))).toEqual(pilotBefore);
  });

  it.each([
    ['no rationale', { rationale: '' }],
    ['a rationale of blanks', { rationale: '   ' }],
  ])('a decision with %s is refused', async (_what, overrides) => {
    const payload = { checkpointId: 'cp-week10', verdict: 'no-go', requestId: 'decide-no-rationale', ...overrides };
    await refusedWith(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload, 'rationale');
    expect(rollbackIssues('CSI-1')).toHaveLength(0);
  });

  it('an override confirmed by its own decider is refused under confirmedBy', async () => {
    const frame = panelAs(USERS.csiAdmin, 'CSI-9');
    const payload = { checkpointId: 'cp-widerrollout', requestId: 'confirm-own-override' };
    const before = await entries('CSI-9');
    const { envelope, writes } = await call(frame, 'checkpoint.confirm', payload);
    expect(envelope.ok ? 'ok' : envelope.error.fieldErrors).toEqual({
      confirmedBy: ['The decider cannot confirm their own override: another CSI admin must'],
    });
    expect(writes).toEqual({ kvs: 0, rest: 0 });
    expect(await entries('CSI-9')).toEqual(before);
  });
});

describe('a decision submitted twice with the same request id', () => {
  it('a no-go: one log entry, one rollback issue (assigned to the owner, due in 5 business days), the lifecycle moved once', async () => {
    const payload = {
      checkpointId: 'cp-week10',
      verdict: 'no-go',
      rationale: 'MTTR fell 10 %, not 25 %',
      requestId: 'no-go-twice-01',
    };
    const first = await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload);
    expect(first.envelope.ok).toBe(true);
    const retry = await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload);
    expect(retry.envelope.ok).toBe(true);
    expect(retry.writes).toEqual({ kvs: 0, rest: 0 });
    expect(await decisionsOn('CSI-1', 'cp-week10')).toHaveLength(1);
    const issues = rollbackIssues('CSI-1');
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    const record = await run(() => getInitiative(idOf('CSI-1')));
    expect(issue!.assigneeId).toBe(record!.owner!.accountId);
    expect(issue!.issueType.name).toBe('Task');
    expect(issue!.description).toContain('Switch P1 routing back to tiered escalation');
    const links = linksOf(host.store.db).of(Number(issue!.id));
    expect(links.some((l) => [l.inwardIssueId, l.outwardIssueId].includes(Number(idOf('CSI-1'))))).toBe(true);
    // Due 5 business days after the day of the decision: never a weekend, 7 calendar days at most.
    const due = Date.parse(`${issue!.duedate}T00:00:00Z`);
    expect([0, 6]).not.toContain(new Date(due).getUTCDay());
    const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    expect((due - today) / 86_400_000).toBeGreaterThanOrEqual(5);
    expect((due - today) / 86_400_000).toBeLessThanOrEqual(7);
    const shown = retry.envelope.ok ? named(retry.envelope.data, 'Week 10 review') : null;
    expect(shown?.decision?.rollback).toEqual({ state: 'created', issueKey: issue!.key });
    expect(record!.lifecycle).toMatchObject({ stage: 'approved', latestVerdict: 'no-go' });
    expect(record!.decisions.filter((d) => d.type === 'checkpoint-decision')[0]?.summary).toContain('Week 10 review');
  });

  it.each([
    ['go', 'go'],
    ['hold', 'hold'],
  ])('a %s: one log entry, no rollback issue', async (verdict) => {
    const criteria = [
      {
        kind: 'manual',
        priority: 'must',
        statement: 'Owners agree',
        judgement: verdict === 'go' ? 'met' : 'not-judged',
      },
    ];
    const cp = await added({ name: `A ${verdict} checkpoint`, criteria, requestId: `save-${verdict}-0001` });
    const payload = { checkpointId: cp.id, verdict, rationale: 'As recommended', requestId: `twice-${verdict}-0001` };
    expect((await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload)).envelope.ok).toBe(true);
    const retry = await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload);
    expect(retry.envelope.ok).toBe(true);
    expect(retry.writes).toEqual({ kvs: 0, rest: 0 });
    expect(await decisionsOn('CSI-1', cp.id)).toHaveLength(1);
    expect(rollbackIssues('CSI-1')).toHaveLength(0);
  });

  it('a no-go sent twice at once (a double click, a client retry racing the first): one entry, one issue', async () => {
    const payload = {
      checkpointId: 'cp-week10',
      verdict: 'no-go',
      rationale: 'Below target',
      requestId: 'no-go-racing-01',
    };
    const frames = [host.frames.create(panelAs(USERS.csiAdmin)), host.frames.create(panelAs(USERS.csiAdmin))];
    const answers = (await Promise.all(
      frames.map((f) => host.runner.invokeResolver(f, 'checkpoint.decide', payload)),
    )) as Array<Envelope<PanelData>>;
    await host.settle();
    expect(answers.map((a) => (a.ok ? 'ok' : a.error.code))).toContain('ok');
    await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload);
    expect(await decisionsOn('CSI-1', 'cp-week10')).toHaveLength(1);
    expect(rollbackIssues('CSI-1')).toHaveLength(1);
  });

  it('a retry completes a rollback issue Jira refused the first time, and only once', async () => {
    // The first call's decision lands, but Jira refuses the create (through the same use case).
    await host.runtime.run('test', 'first-call', USERS.csiAdmin, undefined, async () => {
      const refusing = {
        create: () => Promise.resolve({ ok: false as const, message: 'Jira said no' }),
        link: rollbackJira.link,
      };
      const deps = { ...productionDeps(createMemo()), rollback: refusing };
      const caller = {
        issue: { id: idOf('CSI-1'), key: 'CSI-1', type: 'Improvement' },
        accountId: USERS.csiAdmin,
        canEdit: true,
        isCsiAdmin: true,
      };
      const input = { checkpointId: 'cp-week10', verdict: 'no-go' as const, rationale: 'Below target' };
      const answer = await decideCheckpoint(deps, caller, input, 'no-go-refused-01');
      expect(answer.ok && named(answer.value, 'Week 10 review').decision?.rollback).toEqual({
        state: 'missing',
        problem: 'Jira did not create the rollback issue: Jira said no',
      });
    });
    expect(rollbackIssues('CSI-1')).toHaveLength(0);
    const payload = {
      checkpointId: 'cp-week10',
      verdict: 'no-go',
      rationale: 'Below target',
      requestId: 'no-go-refused-01',
    };
    const retry = await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload);
    expect(retry.envelope.ok && named(retry.envelope.data, 'Week 10 review').decision?.rollback?.state).toBe('created');
    await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload);
    await call(panelAs(USERS.csiAdmin), 'checkpoint.completeRollback', {
      checkpointId: 'cp-week10',
      requestId: 'complete-01',
    });
    expect(rollbackIssues('CSI-1')).toHaveLength(1);
    expect(await decisionsOn('CSI-1', 'cp-week10')).toHaveLength(1);
  });

  it('under storage faults, retried with the same id until ok: one log entry and one rollback issue', async () => {
    const payload = {
      checkpointId: 'cp-week10',
      verdict: 'no-go',
      rationale: 'Below target',
      requestId: 'no-go-faults-01',
    };
    host.runtime.setKnobs({ kvsFaultRate: 0.3, faultRetryAfterSeconds: 0, seed: 11 });
    const answers: string[] = [];
    for (let i = 0; i < 40 && answers.at(-1) !== 'ok'; i += 1) {
      const frame = host.frames.create(panelAs(USERS.csiAdmin));
      const e = (await host.runner.invokeResolver(frame, 'checkpoint.decide', payload)) as Envelope<PanelData>;
      answers.push(e.ok ? 'ok' : e.error.code);
    }
    host.runtime.setKnobs({ kvsFaultRate: 0 });
    await host.settle();
    expect(answers.every((a) => ['ok', 'UNAVAILABLE'].includes(a))).toBe(true);
    expect((await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload)).envelope.ok).toBe(true);
    expect(await decisionsOn('CSI-1', 'cp-week10')).toHaveLength(1);
    expect(rollbackIssues('CSI-1')).toHaveLength(1);
  }, 60_000);
});

describe('an override needs a second CSI admin', () => {
  it('is marked, moves nothing until another CSI admin confirms it, then takes effect once', async () => {
    // A must not measured yet: the recommendation is hold; the decider says no-go.
    const cp = await added({ requestId: 'save-override-01' });
    expect(cp.recommendation.verdict).toBe('hold');
    const stageBefore = (await run(() => getInitiative(idOf('CSI-1'))))!.lifecycle;
    const decide = {
      checkpointId: cp.id,
      verdict: 'no-go',
      rationale: 'The swarm burns people out',
      requestId: 'override-nogo-01',
    };
    const decided = await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', decide);
    const shown = decided.envelope.ok ? named(decided.envelope.data, 'Week 12 review').decision : null;
    expect(shown).toMatchObject({
      verdict: 'no-go',
      recommended: 'hold',
      override: true,
      state: 'awaiting-confirmation',
      rollback: null,
    });
    expect((await run(() => getInitiative(idOf('CSI-1'))))!.lifecycle).toEqual(stageBefore);
    expect(rollbackIssues('CSI-1')).toHaveLength(0);
    const decidedEntries = await decisionsOn('CSI-1', cp.id);
    expect(decidedEntries).toHaveLength(1);
    expect(decidedEntries[0]!.payload).toMatchObject({ override: true, verdict: 'no-go', recommended: 'hold' });

    // The decider cannot confirm it; an editor may not at all; the site admin (a CSI admin) can.
    const confirm = { checkpointId: cp.id, requestId: 'override-confirm-01' };
    const own = await call(panelAs(USERS.csiAdmin), 'checkpoint.confirm', confirm);
    expect(own.envelope.ok ? 'ok' : Object.keys(own.envelope.error.fieldErrors ?? {})).toEqual(['confirmedBy']);
    const editor = await call(panelAs(USERS.editor), 'checkpoint.confirm', confirm);
    expect(editor.envelope.ok ? 'ok' : editor.envelope.error.code).toBe('FORBIDDEN');
    expect(await confirmationsOn('CSI-1', cp.id)).toHaveLength(0);

    const second = await call(panelAs(USERS.siteAdmin), 'checkpoint.confirm', confirm);
    expect(second.envelope.ok).toBe(true);
    const retry = await call(panelAs(USERS.siteAdmin), 'checkpoint.confirm', confirm);
    expect(retry.writes).toEqual({ kvs: 0, rest: 0 });
    const after = retry.envelope.ok ? named(retry.envelope.data, 'Week 12 review').decision : null;
    expect(after).toMatchObject({ state: 'in-effect', confirmedBy: { accountId: USERS.siteAdmin } });
    expect(after?.rollback?.state).toBe('created');
    expect(await confirmationsOn('CSI-1', cp.id)).toHaveLength(1);
    expect(rollbackIssues('CSI-1')).toHaveLength(1);
    expect((await run(() => getInitiative(idOf('CSI-1'))))!.lifecycle).toMatchObject({
      latestVerdict: 'no-go',
      stage: 'approved',
    });
  });
});

describe('recording results', () => {
  it('moves the recommendation with the facts and names the criterion that decided it', async () => {
    const cp = await added({ requestId: 'save-measure-01' });
    expect(cp.recommendation).toMatchObject({ verdict: 'hold', decidedBy: 'c1', decidedByLabel: 'P1 MTTR (h)' });
    const measure = (measured: number, requestId: string) =>
      call(panelAs(USERS.editor), 'checkpoint.measure', {
        checkpointId: cp.id,
        results: [{ criterionId: 'c1', measured }],
        requestId,
      });
    const failed = await measure(5.6, 'measure-fail-01');
    expect(failed.envelope.ok && named(failed.envelope.data, 'Week 12 review').recommendation.verdict).toBe('no-go');
    const met = await measure(4.5, 'measure-met-01');
    expect(met.envelope.ok && named(met.envelope.data, 'Week 12 review').recommendation.verdict).toBe('go');
    const wrongKind = await call(panelAs(USERS.editor), 'checkpoint.measure', {
      checkpointId: cp.id,
      results: [{ criterionId: 'c1', judgement: 'met' }],
      requestId: 'measure-kind-01',
    });
    expect(wrongKind.envelope.ok ? 'ok' : Object.keys(wrongKind.envelope.error.fieldErrors ?? {})).toEqual([
      'results.0',
    ]);
    expect(wrongKind.writes).toEqual({ kvs: 0, rest: 0 });
  });
});

describe('editing a checkpoint', () => {
  it('changes an undecided one (new criteria get free ids) and refuses a decided one, writing nothing', async () => {
    const manual = (statement: string) => ({ kind: 'manual', priority: 'should', statement });
    const cp = await added({ criteria: [manual('One'), manual('Two')], requestId: 'edit-save-0001' });
    expect(cp.criteria.map((c) => c.id)).toEqual(['c1', 'c2']);
    const [, two] = cp.criteria;
    const edit = {
      ...newCheckpoint({ criteria: [{ ...manual('Two'), id: two!.id }, manual('Three')] }),
      id: cp.id,
      requestId: 'edit-edit-0001',
    };
    const edited = await call(panelAs(USERS.editor), 'checkpoint.save', edit);
    expect(edited.envelope.ok && named(edited.envelope.data, 'Week 12 review').criteria.map((c) => c.id)).toEqual([
      'c2',
      'c1',
    ]);
    const decide = {
      checkpointId: cp.id,
      verdict: 'hold',
      rationale: 'Nothing to judge yet',
      requestId: 'edit-decide-01',
    };
    expect((await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', decide)).envelope.ok).toBe(true);
    const late = await call(panelAs(USERS.editor), 'checkpoint.save', { ...edit, requestId: 'edit-late-0001' });
    expect(late.envelope.ok ? 'ok' : Object.keys(late.envelope.error.fieldErrors ?? {})).toEqual(['id']);
    expect(late.writes).toEqual({ kvs: 0, rest: 0 });
  });
});

describe('after a checkpoint decision', () => {
  it('re-evaluates the pause / terminate criteria in the same write (a KPI gain clears "terminate if no KPI gain")', async () => {
    const criteria = [{ id: 'no-gain', kind: 'terminate-if-no-kpi-gain', checkpoints: 1 }];
    const saved = await call(panelAs(USERS.csiAdmin), 'stopCriteria.save', { criteria, requestId: 'stop-save-0001' });
    expect(saved.envelope.ok).toBe(true);
    // The latest checkpoint in effect (Week 6, a hold) was never measured: no gain, the criterion fires.
    const triggered = async () => (await run(() => getInitiative(idOf('CSI-1'))))!.triggers.map((t) => t.id);
    expect(await triggered()).toEqual(['no-gain']);
    // Week 10 measured MTTR 5.6 against 6.2: a gain (not enough for a go), so it fires no more.
    const payload = {
      checkpointId: 'cp-week10',
      verdict: 'no-go',
      rationale: 'Below target',
      requestId: 'stop-decide-01',
    };
    expect((await call(panelAs(USERS.csiAdmin), 'checkpoint.decide', payload)).envelope.ok).toBe(true);
    expect(await triggered()).toEqual([]);
  });
});

describe('the lifecycle', () => {
  it('refuses a checkpoint decision its stage does not take (an initiative still under review), writing nothing', async () => {
    expect(host.store.issues.find('CSI-5')?.status.name).toBe('Under Review');
    const criteria = [{ kind: 'manual', priority: 'must', statement: 'Owners agree', judgement: 'met' }];
    const save = await call(
      panelAs(USERS.editor, 'CSI-5'),
      'checkpoint.save',
      newCheckpoint({ criteria, requestId: 'cp-csi5-save' }),
    );
    const cp = save.envelope.ok ? named(save.envelope.data, 'Week 12 review') : null;
    expect(cp?.recommendation.verdict).toBe('go');
    const before = await entries('CSI-5');
    const payload = { checkpointId: cp!.id, verdict: 'go', rationale: 'Owners agree', requestId: 'cp-csi5-decide' };
    const { envelope, writes } = await call(panelAs(USERS.csiAdmin, 'CSI-5'), 'checkpoint.decide', payload);
    expect(envelope.ok ? 'ok' : [envelope.error.code, Object.keys(envelope.error.fieldErrors ?? {})]).toEqual([
      'PRECONDITION_FAILED',
      ['verdict'],
    ]);
    expect(writes).toEqual({ kvs: 0, rest: 0 });
    expect(await entries('CSI-5')).toEqual(before);
  });
});
