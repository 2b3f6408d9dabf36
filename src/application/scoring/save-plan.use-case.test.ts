import { issueFacts } from '../testing/memory-issues';
import { panelWorld } from '../testing/panel-world';
import { savePlan } from './save-plan.use-case';

const id = issueFacts(1).id;
/** A KPI that should fall from 10 to 8: a 20 % improvement in its good direction. */
const kpi = (thresholdPct: number | null) => ({
  name: 'MTTR (h)',
  direction: 'decrease' as const,
  baseline: 10,
  expected: 8,
  thresholdPct,
});

describe('savePlan', () => {
  it('stores the plan on the initiative (created from Jira) and answers the panel showing it', async () => {
    const w = panelWorld();
    const plan = { plannedDurationDays: 30, kpi: kpi(15) };
    const answer = await savePlan(w.deps, w.caller(1), plan);
    const record = w.initiatives.read(id);
    expect(record?.plan).toEqual(plan);
    expect(record?.revision).toBe(1);
    expect(record?.history[0]).toMatchObject({ actor: w.identity.user, change: expect.stringContaining('30 days') });
    expect(answer.ok && answer.value.plan).toMatchObject({ plannedDurationDays: 30 });
  });

  it('judges the KPI against its own threshold, or the configured one when it has none', async () => {
    const w = panelWorld({ config: { mviThresholdPct: 25 } });
    await savePlan(w.deps, w.caller(1), { plannedDurationDays: null, kpi: kpi(null) });
    expect(w.initiatives.read(id)?.computed.mvi).toMatchObject({ status: 'failed', thresholdPct: 25 });
    await savePlan(w.deps, w.caller(1), { plannedDurationDays: null, kpi: kpi(15) });
    expect(w.initiatives.read(id)?.computed.mvi).toMatchObject({ status: 'passed', thresholdPct: 15 });
  });

  it.each([
    ['a baseline of 0', { baseline: 0 }, 'kpi.baseline'],
    ['a subnormal baseline', { baseline: 5e-324 }, 'kpi.baseline'],
    ['a huge expected value', { expected: 1e308 }, 'kpi.expected'],
  ])('refuses %s with a field error and writes nothing', async (_name, change, field) => {
    const w = panelWorld();
    w.seed(1);
    const before = w.snapshot();
    const answer = await savePlan(w.deps, w.caller(1), { plannedDurationDays: 10, kpi: { ...kpi(15), ...change } });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(answer.ok ? {} : answer.error.fieldErrors).toHaveProperty([field]);
    expect(w.snapshot()).toEqual(before);
  });

  it('refuses an issue whose type takes no part and neither reads Jira nor writes', async () => {
    const w = panelWorld();
    const before = w.snapshot();
    const answer = await savePlan(w.deps, w.caller(1, { type: 'Task' }), { plannedDurationDays: 10, kpi: null });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('PRECONDITION_FAILED');
    expect(w.snapshot()).toEqual(before);
    expect(w.issues.reads).toBe(0);
  });

  it('has one effect for a retried request id whose first answer was lost', async () => {
    const w = panelWorld();
    w.seed(1);
    const plan = { plannedDurationDays: 12, kpi: null };
    w.faults.loseNextAnswer('initiatives.update');
    await expect(savePlan(w.deps, w.caller(1), plan, 'req-plan-1')).rejects.toThrow();
    const retry = await savePlan(w.deps, w.caller(1), plan, 'req-plan-1');
    expect(retry.ok && retry.value.plan.plannedDurationDays).toBe(12);
    expect(w.initiatives.read(id)).toMatchObject({ revision: 2, plan });
    expect(w.initiatives.read(id)?.history).toHaveLength(1);
  });

  it('writes nothing when a storage write fails, and a retry then saves once', async () => {
    const w = panelWorld();
    w.seed(1);
    const before = w.snapshot();
    w.faults.failNext('initiatives.update');
    await expect(savePlan(w.deps, w.caller(1), { plannedDurationDays: 5, kpi: null }, 'req-plan-2')).rejects.toThrow();
    expect(w.snapshot()).toEqual(before);
    await savePlan(w.deps, w.caller(1), { plannedDurationDays: 5, kpi: null }, 'req-plan-2');
    expect(w.initiatives.read(id)?.history).toHaveLength(1);
  });
});
