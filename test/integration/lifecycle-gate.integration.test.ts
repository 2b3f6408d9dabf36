import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { loadWorkflowMap } from '../../src/adapters/storage/workflow-map.repository';
import { updateInitiative } from '../../src/adapters/storage/initiative.repository';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { GATE_CONDITIONS } from '../../src/domain/lifecycle/gate-condition.vocabulary';
import { eventsSince } from '../support/product-requests';
import { invokeAs, seededHost } from '../support/seeded-host';
import {
  getDecisionEntries,
  lifecycleHarness,
  readyPilot,
  type LifecycleHarness,
  type PilotReadiness,
} from './lifecycle-harness';

/**
 * Issue 10 items 1 and 6 end to end on the local host: the CSI workflow validator with the admins'
 * configured gates and the lifecycle, app decisions moving the Jira status through the projection,
 * and Jira's moves followed by the app.
 */
let host: LocalHost;
let h: LifecycleHarness;
beforeAll(async () => {
  host = await seededHost();
  h = lifecycleHarness(host);
  // Every condition on the way into the pilot, so each can be tested on its own.
  const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };
  const map = await h.read(loadWorkflowMap);
  const saved = await invokeAs(host, programme, 'lifecycleSettings.saveWorkflow', {
    version: map.version,
    workflowProject: 'CSI',
    stages: map.stages,
    gates: [
      { status: 'In Progress', conditions: [...GATE_CONDITIONS] },
      { status: 'Rolling Out', conditions: ['score-complete', 'mvi-passed', 'latest-checkpoint-go'] },
    ],
  });
  if (!saved.envelope.ok) throw new Error(saved.envelope.error.message);
}, 120_000);
afterAll(() => host.close());

/** A new initiative, approved in Jira, scored and planned, with a pilot as `ready` says. */
async function approvedInitiative(
  summary: string,
  ready: PilotReadiness = {},
  score: Parameters<LifecycleHarness['scoreAndPlan']>[1] = {},
): Promise<string> {
  const key = await h.create(summary);
  await h.scoreAndPlan(key, score);
  await h.pilot(key, readyPilot(h.idOf(key), ready));
  expect((await h.transition(key, '11')).status).toBe(204);
  expect((await h.transition(key, '21')).status).toBe(204);
  expect(await h.stage(key)).toBe('approved');
  return key;
}

/** How each condition's refusal reads, to check that a refusal names only what is missing. */
const MARKERS: Record<string, RegExp> = {
  'score-complete': /rate [A-Z]/,
  'mvi-passed': /MVI|target KPI/,
  'commitment-confirmed': /commitment/,
  'dependency-review-done': /dependency review/,
  'latest-checkpoint-go': /checkpoint/,
};

describe('the configured gate into In Progress', () => {
  it('lets an initiative meeting every condition start its pilot, and the app follows', async () => {
    const key = await approvedInitiative('Gate: everything in place');
    expect(await h.transition(key, '31')).toMatchObject({ status: 204 });
    expect(h.status(key)).toBe('In Progress');
    expect(await h.stage(key)).toBe('piloting');
    expect((await h.record(key))?.lifecycle).toMatchObject({ stage: 'piloting', jiraStatus: 'In Progress' });
  });

  it.each<[string, PilotReadiness, Parameters<LifecycleHarness['scoreAndPlan']>[1], RegExp]>([
    ['score-complete', {}, { skip: 'risk' }, /rate Implementation risk in the CSI panel/],
    ['mvi-passed', {}, { mvi: 'failed' }, /does not pass the MVI check/],
    [
      'commitment-confirmed (none requested)',
      { commitment: 'none' },
      {},
      /request a resource commitment in the CSI panel and have the service owner confirm it/,
    ],
    [
      'commitment-confirmed (requested only)',
      { commitment: 'requested' },
      {},
      /have the service owner confirm the requested commitment/,
    ],
    ['dependency-review-done', { dependencyReview: false }, {}, /mark the dependency review done/],
    ['latest-checkpoint-go (hold)', { checkpoint: 'hold' }, {}, /the latest checkpoint "Week 4 review" is hold/],
    ['latest-checkpoint-go (none)', { checkpoint: 'none' }, {}, /no checkpoint is decided yet/],
  ])('refuses when %s is missing, saying only that and where to do it', async (what, ready, score, message) => {
    const key = await approvedInitiative(`Gate: ${what}`, ready, score);
    const refused = await h.transition(key, '31');
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(message);
    // Only the missing condition is named.
    const named = Object.entries(MARKERS).filter(([, marker]) => marker.test(refused.message));
    expect(named.map(([condition]) => condition)).toEqual([what.split(' ')[0]]);
    expect(h.status(key)).toBe('Approved');
    expect(await h.stage(key)).toBe('approved');
  });

  it('refuses to start a pilot whose latest checkpoint is no-go, and says how to go on', async () => {
    const key = await approvedInitiative('Gate: no-go', { checkpoint: 'no-go' });
    const refused = await h.transition(key, '31');
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(/the latest checkpoint "Week 4 review" is no-go: record a go at a checkpoint/);
  });
});

describe('transitions that contradict the lifecycle or take an app decision', () => {
  it('refuses rejecting through Jira (no reason, no log entry) and says to reject in the CSI panel', async () => {
    const key = await h.create('Jira: reject without the app');
    expect((await h.transition(key, '11')).status).toBe(204);
    const logBefore = (await getDecisionEntries(host)).length;
    const refused = await h.transition(key, '61');
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(
      /Moving it to Rejected would reject it, a decision only the CSI panel records. Reject it in the CSI panel, which asks for a reason./,
    );
    expect(h.status(key)).toBe('Under Review');
    expect(await h.stage(key)).toBe('under-review');
    expect(await getDecisionEntries(host)).toHaveLength(logBefore);
  });

  it('an app rejection moves the Jira status to Rejected; approving it is then refused', async () => {
    const key = await h.create('App: rejected');
    expect((await h.transition(key, '11')).status).toBe(204);
    const rejected = await h.reject(key);
    expect(rejected.envelope).toMatchObject({ ok: true, data: { lifecycle: { stage: 'rejected', canReopen: true } } });
    expect(h.status(key)).toBe('Rejected');
    expect((await h.record(key))?.status).toBe('Rejected');
    // A workflow with a global Approve transition would ask the validator this:
    const asked = await host.runner.validateTransition({
      issue: { id: h.idOf(key), key },
      transition: { id: '21', from: { id: '10006' }, to: { id: '10002' } },
    });
    expect(asked).toEqual({
      result: false,
      errorMessage: expect.stringMatching(/^CSI gate: This initiative is rejected: it cannot approve it. Reopen it/),
    });
  });

  it('refuses starting a terminated initiative; a reopen takes it back under review in the app and in Jira', async () => {
    const key = await approvedInitiative('App: terminated then reopened');
    const terminated = await h.decide(key, {
      type: 'terminate',
      rationale: 'No capacity this year.',
      optionsConsidered: [],
    });
    expect(terminated.envelope).toMatchObject({ ok: true, data: { lifecycle: { stage: 'terminated' } } });
    // The demo mapping has no terminated status: Jira keeps Approved, the app says terminated.
    expect(h.status(key)).toBe('Approved');
    const refused = await h.transition(key, '31');
    expect(refused.status).toBe(400);
    expect(refused.message).toMatch(
      /This initiative is terminated: it cannot start the pilot. Reopen it in the CSI panel first/,
    );
    expect(h.status(key)).toBe('Approved');

    const noReason = await h.decide(key, { type: 'reopen', rationale: '   ' });
    expect(noReason.envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(noReason.writes.kvs).toBe(0);
    const reopened = await h.decide(key, { type: 'reopen', rationale: 'Capacity freed up after the merger.' });
    expect(reopened.envelope).toMatchObject({ ok: true, data: { lifecycle: { stage: 'under-review' } } });
    expect(h.status(key)).toBe('Under Review');
    expect(await h.stage(key)).toBe('under-review');
    const entries = await getDecisionEntries(host);
    expect(entries.filter((e) => e.subject?.issueKey === key).map((e) => e.type)).toEqual(['terminate', 'reopen']);
  });

  it('refuses a decision the lifecycle does not allow with a specific error, changing nothing', async () => {
    const key = await h.create('App: pause under review');
    expect((await h.transition(key, '11')).status).toBe(204);
    const before = await h.record(key);
    const refused = await h.decide(key, { type: 'pause', rationale: 'Staff away', optionsConsidered: [] });
    expect(refused.envelope).toMatchObject({
      ok: false,
      error: {
        code: 'PRECONDITION_FAILED',
        message: expect.stringMatching(/^This initiative is under review: it cannot pause it/),
        fieldErrors: { 'decision.type': [expect.any(String)] },
      },
    });
    expect(refused.writes.kvs).toBe(0);
    expect(await h.record(key)).toEqual(before);
    const reopen = await h.decide(key, { type: 'reopen', rationale: 'Why not' });
    expect(reopen.envelope).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
  });

  it('a paused pilot resumes to piloting; Jira stays In Progress throughout (paused is not mapped)', async () => {
    const key = await approvedInitiative('App: paused pilot');
    expect((await h.transition(key, '31')).status).toBe(204);
    const paused = await h.decide(key, { type: 'pause', rationale: 'Staff away in December', optionsConsidered: [] });
    expect(paused.envelope).toMatchObject({
      ok: true,
      data: { lifecycle: { stage: 'paused', pausedFrom: 'piloting' } },
    });
    const rollOut = await h.transition(key, '41');
    expect(rollOut.status).toBe(400);
    expect(rollOut.message).toMatch(
      /This initiative is paused: it cannot start the rollout. Resume it in the CSI panel first/,
    );
    const resumed = await h.decide(key, { type: 'resume', rationale: 'Staff back' });
    expect(resumed.envelope).toMatchObject({ ok: true, data: { lifecycle: { stage: 'piloting' } } });
    expect(h.status(key)).toBe('In Progress');
  });
});

describe('Jira to the app', () => {
  it('follows each move once, whatever duplicated or reordered events say afterwards', async () => {
    const from = host.events.log.length;
    const key = await approvedInitiative('Events: duplicated and reordered');
    expect((await h.transition(key, '31')).status).toBe(204);
    expect(await h.stage(key)).toBe('piloting');
    const events = eventsSince(host, from).map((r) => r.event as unknown as Record<string, unknown>);
    for (const event of [...events].reverse()) await host.runner.fireEvent(String(event.eventType), event);
    for (const event of events) await host.runner.fireEvent(String(event.eventType), event);
    await host.settle();
    expect(await h.stage(key)).toBe('piloting');
    expect(h.status(key)).toBe('In Progress');
  });
});

describe('csiState in JQL', () => {
  it('finds initiatives by their lifecycle stage through the csi-score property', async () => {
    const key = await h.create('JQL: rejected');
    await h.transition(key, '11');
    expect((await h.reject(key)).envelope.ok).toBe(true);
    const search = async (jql: string) => {
      const res = await host.jira({
        method: 'POST',
        path: '/rest/api/3/search/jql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jql, fields: ['summary'], maxResults: 100 }),
        actingAccountId: USERS.editor,
      });
      return (res.body as { issues: Array<{ key: string }> }).issues.map((i) => i.key);
    };
    expect(await search('project = CSI AND csiState = "rejected"')).toContain(key);
    expect(await search('project = CSI AND csiState = "under-review"')).not.toContain(key);
    const { envelope } = await invokeAs<PanelData>(
      host,
      { moduleKey: 'csi-issue-panel', accountId: USERS.viewer, issueKey: key },
      'issuePanel.get',
      {},
    );
    expect(envelope.ok && envelope.data.lifecycle).toMatchObject({ stage: 'rejected', label: 'Rejected' });
  });
});

describe('records written before the lifecycle existed', () => {
  it('derive their stage from the status category until the reconcile stores the mapped one', async () => {
    const key = await approvedInitiative('Migration: an older record at Approved');
    await h.read(() => updateInitiative(h.idOf(key), ({ lifecycle: _dropped, ...older }) => older));
    await host.settle();
    expect((await h.record(key))?.lifecycle).toBeUndefined();
    const panel = () =>
      invokeAs<PanelData>(
        host,
        { moduleKey: 'csi-issue-panel', accountId: USERS.viewer, issueKey: key },
        'issuePanel.get',
        {},
      );
    // Approved is in Jira's "new" category: without the mapping the panel can only say under review.
    const before = (await panel()).envelope;
    expect(before.ok && before.data.lifecycle?.stage).toBe('under-review');
    await host.runner.runScheduled('csi-reconcile');
    await host.settle();
    expect((await h.record(key))?.lifecycle).toMatchObject({ stage: 'approved', jiraStatus: 'Approved' });
    const after = (await panel()).envelope;
    expect(after.ok && after.data.lifecycle?.stage).toBe('approved');
    expect(h.status(key)).toBe('Approved');
  });
});
