import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { SITE_TIME_ZONE } from '../../local/product/jira/server-info.routes';
import { allDecisions } from '../../src/adapters/storage/decision-log.repository';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { getPir } from '../../src/adapters/storage/pir.repository';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import type { PortfolioPage } from '../../src/contracts/project-page.contract';
import type { UserRef } from '../../src/contracts/views';
import { issueEvent } from '../../local/product/jira/issue-events';
import { asPerson } from '../support/product-requests';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Post-implementation reviews (issue 11 items 3 and 4) through the real paths on the local host:
 * a Jira transition into Done fires `avi:jira:updated:issue`, the app attaches one PIR from the
 * default rule and template, due 10 business days later in the site's time zone (Jira's
 * `serverTimeZone`); its sections are filled by their owners; completing it logs `pir-completed`
 * and closes the initiative; bad input and the wrong people change nothing.
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const panel = (accountId: string, issueKey: string) => ({ moduleKey: 'csi-issue-panel', accountId, issueKey });
const idOf = (key: string) => String(host.store.issues.find(key)!.id);
const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const pirOf = (key: string) => read(() => getPir(idOf(key)));
const open = async (key: string, as: string = USERS.csiAdmin) =>
  (await invokeAs<PanelData>(host, panel(as, key), 'issuePanel.get', {})).envelope;
const call = (key: string, callKey: string, payload: unknown, as: string = USERS.csiAdmin) =>
  invokeAs<PanelData>(host, panel(as, key), callKey, payload);

test('the demo: a completed PIR, one awaiting completion, one overdue, each with the rule that applied', async () => {
  const kb = await open('CSI-11');
  const bridge = await open('CSI-2');
  if (!kb.ok || !bridge.ok) throw new Error('panel failed');
  expect(kb.data.pir).toMatchObject({ state: 'completed', rule: { name: 'Every initiative' }, overdue: false });
  expect(kb.data.pir?.completion).toMatchObject({ outcome: 'partly-met', residualRisks: [expect.any(String)] });
  expect(kb.data.lifecycle?.stage).toBe('closed');
  expect(bridge.data.pir).toMatchObject({ state: 'open', overdue: true, timeZone: SITE_TIME_ZONE });
  const summary = bridge.data.pir?.sections.find((s) => s.key === 'summary');
  expect(summary).toMatchObject({ filled: true, filledBy: { by: { accountId: USERS.editor } } });
  expect(bridge.data.pir?.sections.find((s) => s.key === 'lessons')?.filled).toBe(false);
});

test('moving an initiative to Done in Jira attaches one PIR, due 10 business days later, KPI pre-filled', async () => {
  const key = 'CSI-3'; // Rolling Out in the demo
  expect(await pirOf(key)).toBeUndefined();
  host.store.projects.grant(10000, USERS.editor, ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'TRANSITION_ISSUES']);
  const moved = await asPerson(host, USERS.editor, 'POST', `/rest/api/3/issue/${key}/transitions`, {
    transition: { id: '51' },
  });
  await host.settle();
  expect(moved.status).toBe(204);
  const pir = await pirOf(key);
  expect(pir).toMatchObject({ state: 'open', rule: { id: 'every-initiative' }, timeZone: SITE_TIME_ZONE });
  // Business days from the local date in London; the due date never falls on a weekend.
  expect([1, 2, 3, 4, 5]).toContain(new Date(`${pir!.dueDate}T00:00:00Z`).getUTCDay());
  const days = (Date.parse(pir!.dueDate) - Date.parse(pir!.doneAt.slice(0, 10))) / 86_400_000;
  expect(days).toBeGreaterThanOrEqual(14);
  expect(days).toBeLessThanOrEqual(16);
  const record = await read(() => getInitiative(idOf(key)));
  expect(pir!.values.kpi).toMatchObject({ kind: 'kpi', baseline: record!.plan.kpi?.baseline ?? null });
  expect(record!.lifecycle?.stage).toBe('post-review');
});

test('a section is filled only by its owner by role or a CSI admin; bad input changes nothing', async () => {
  const before = await pirOf('CSI-2');
  const adjust = { sectionKey: 'process-adjustments', value: { kind: 'text', text: 'Page the roster from the tool.' } };
  const editor = await call('CSI-2', 'pir.saveSection', adjust, USERS.editor);
  expect(editor.envelope.ok ? 'ok' : editor.envelope.error.code).toBe('FORBIDDEN');
  const noOwner = await call(
    'CSI-2',
    'pir.saveSection',
    {
      sectionKey: 'actions',
      value: {
        kind: 'actions',
        actions: [
          {
            id: 'a1',
            title: 'Page the roster',
            ownerAccountId: '',
            priority: 'urgent',
            dueDate: '',
            status: 'open',
            wontDoReason: null,
            issueKey: null,
          },
        ],
      },
    },
    USERS.editor,
  );
  if (noOwner.envelope.ok) throw new Error('an action without owner was accepted');
  expect(noOwner.envelope.error.fieldErrors).toMatchObject({
    'value.actions.0.ownerAccountId': ['Give the action an owner.'],
    'value.actions.0.dueDate': ['Give the action a due date.'],
  });
  const wrongKind = await call('CSI-2', 'pir.saveSection', {
    sectionKey: 'summary',
    value: { kind: 'risks', risks: ['x'] },
  });
  expect(wrongKind.envelope.ok ? 'ok' : wrongKind.envelope.error.code).toBe('INVALID_INPUT');
  expect(await pirOf('CSI-2')).toEqual(before);
  const admin = await call('CSI-2', 'pir.saveSection', adjust);
  expect(
    admin.envelope.ok && admin.envelope.data.pir?.sections.find((s) => s.key === 'process-adjustments')?.filled,
  ).toBe(true);
});

test('a service owner, as the catalogue names them, fills the service-owner section of an initiative on that service', async () => {
  // CSI-7 names payroll, which the viewer owns (demo-lifecycle-settings.ts); CSI-2 names no service.
  const risksOf = (e: Awaited<ReturnType<typeof open>>) =>
    e.ok ? e.data.pir?.sections.find((s) => s.key === 'residual-risks') : undefined;
  expect(risksOf(await open('CSI-7', USERS.viewer))).toMatchObject({ ownerRole: 'service-owner', canFill: true });
  expect(risksOf(await open('CSI-2', USERS.viewer))).toMatchObject({ ownerRole: 'service-owner', canFill: false });
  const value = { kind: 'risks', risks: ['Payroll cut-off moves in January.'] };
  const refused = await call('CSI-2', 'pir.saveSection', { sectionKey: 'residual-risks', value }, USERS.viewer);
  expect(refused.envelope.ok ? 'ok' : refused.envelope.error.code).toBe('FORBIDDEN');
  const saved = await call('CSI-7', 'pir.saveSection', { sectionKey: 'residual-risks', value }, USERS.viewer);
  expect(saved.envelope.ok).toBe(true);
  expect((await pirOf('CSI-7'))?.values['residual-risks']).toEqual(value);
});

test('completing needs every required section; then one log entry however often it is retried', async () => {
  const incomplete = await call('CSI-2', 'pir.complete', { requestId: 'pir-complete-bridge-1' }, USERS.editor);
  if (incomplete.envelope.ok) throw new Error('an incomplete PIR was completed');
  // The KPI section came pre-filled with the latest reading; the objectives and lessons are missing.
  expect(incomplete.envelope.error.fieldErrors).toEqual({
    'sections.lessons': ['Lessons learned is required to complete the PIR.'],
    'sections.objectives': ['Objectives met is required to complete the PIR.'],
  });
  const viewer = await call('CSI-7', 'pir.complete', { requestId: 'pir-complete-laptop-v' }, USERS.viewer);
  expect(viewer.envelope.ok ? 'ok' : viewer.envelope.error.code).toBe('FORBIDDEN');
  const logged = () =>
    read(async () => {
      const all: Array<{ seq: number; type: string; subject?: { issueKey?: string } | null; payload?: unknown }> = [];
      for await (const page of allDecisions()) for (const { entry } of page) all.push(entry as (typeof all)[number]);
      return all.filter((e) => e.type === 'pir-completed' && e.subject?.issueKey === 'CSI-7');
    });
  expect(await logged()).toHaveLength(0);
  const first = await call('CSI-7', 'pir.complete', { requestId: 'pir-complete-laptop-1' }, USERS.editor);
  const retry = await call('CSI-7', 'pir.complete', { requestId: 'pir-complete-laptop-1' }, USERS.editor);
  expect(first.envelope.ok && retry.envelope.ok).toBe(true);
  expect(await logged()).toHaveLength(1);
  const [entry] = await logged();
  // The residual risk is the one CSI-7's service owner wrote in the test above.
  expect(entry).toMatchObject({
    payload: { outcome: 'partly-met', residualRisks: ['Payroll cut-off moves in January.'] },
  });
  const pir = await pirOf('CSI-7');
  expect(pir).toMatchObject({ state: 'completed', completion: { seq: entry!.seq, outcome: 'partly-met' } });
  const after = await open('CSI-7');
  expect(after.ok && after.data.lifecycle?.stage).toBe('closed');
  const again = await call('CSI-7', 'pir.complete', { requestId: 'pir-complete-laptop-2' }, USERS.editor);
  expect(again.envelope.ok ? 'ok' : again.envelope.error.code).toBe('PRECONDITION_FAILED');
});

test('the portfolio flags an overdue review and overdue actions, and counts the open ones', async () => {
  const project = { moduleKey: 'csi-project-page', accountId: USERS.csiAdmin, projectKey: 'CSI' };
  const { envelope } = await invokeAs<PortfolioPage>(host, project, 'projectPage.portfolio', {
    filters: {},
    limit: 100,
  });
  if (!envelope.ok) throw new Error(envelope.error.message);
  const row = (key: string) => envelope.data.rows.find((r) => r.issueKey === key);
  // CSI-2: open, due ten business days after its move to done, weeks ago; no actions.
  expect(row('CSI-2')?.pir).toEqual({
    state: 'open',
    overdue: true,
    actionsOverdue: false,
    openActions: 0,
    benefit: null,
  });
  // CSI-11: completed, one of its three actions still open and past its due date (2026-10-15).
  // Its +90 benefit check found the benefit lost (pir-daily.integration.test.ts).
  expect(row('CSI-11')?.pir).toEqual({
    state: 'completed',
    overdue: false,
    actionsOverdue: true,
    openActions: 1,
    benefit: 'lost',
  });
  expect(row('CSI-6')?.pir).toBeUndefined();
  const record = await read(() => getInitiative(idOf('CSI-11')));
  expect(record?.openActions).toBe(1);
});

test('a done initiative whose attachment failed gets its PIR from the next reconcile run, once', async () => {
  const issue = host.store.issues.list().find((i) => i.status.name === 'Rolling Out' && i.key !== 'CSI-3')!;
  // Jira moves it to Done; its event reaches the app while every Jira call of the app fails, so
  // the copy follows (from the payload alone) and the attachment's read of priority and labels fails.
  const at = new Date(Date.now() - 60_000);
  host.store.issues.save({ ...issue, status: { name: 'Done', statusCategory: 'done' }, updated: at.toISOString() });
  const event = issueEvent(host.store, 'avi:jira:updated:issue', host.store.issues.find(issue.key)!, USERS.editor, at);
  const changelog = {
    id: '900001',
    items: [
      { field: 'status', fieldId: 'status', from: '10004', fromString: 'Rolling Out', to: '10005', toString: 'Done' },
    ],
  };
  host.runtime.setKnobs({ restFaultRate: 1, faultRetryAfterSeconds: 0 });
  try {
    await host.runner.fireEvent('avi:jira:updated:issue', { ...event, changelog });
    await host.settle();
  } finally {
    host.runtime.setKnobs({ restFaultRate: 0 });
  }
  expect((await read(() => getInitiative(String(issue.id))))?.statusCategory).toBe('done');
  expect(await pirOf(issue.key)).toBeUndefined();
  await host.runner.runScheduled('csi-reconcile');
  await host.settle();
  const pir = await pirOf(issue.key);
  expect(pir).toMatchObject({ state: 'open', revision: 1, doneAt: at.toISOString() });
  await host.runner.runScheduled('csi-reconcile');
  await host.settle();
  expect((await pirOf(issue.key))?.revision).toBe(1);
});

test('action owners are found only for those who may fill the actions section, while the review is open', async () => {
  const find = async (key: string, as: string) =>
    (await invokeAs<UserRef[]>(host, panel(as, key), 'pir.findActionOwners', { query: 'vera' })).envelope;
  for (const as of [USERS.editor, USERS.csiAdmin]) {
    const found = await find('CSI-2', as); // the editor owns CSI-2
    expect(found.ok && found.data).toEqual([{ accountId: USERS.viewer, displayName: 'Vera Lind' }]);
  }
  const refused = await find('CSI-2', USERS.viewer);
  expect(!refused.ok && refused.error).toMatchObject({
    code: 'FORBIDDEN',
    message: 'Actions is filled by its owner (Initiative owner) or a CSI admin.',
  });
  const completed = await find('CSI-11', USERS.csiAdmin);
  expect(!completed.ok && completed.error.code).toBe('PRECONDITION_FAILED');
  const none = await find('CSI-5', USERS.csiAdmin);
  expect(!none.ok && none.error.code).toBe('NOT_FOUND');
  const blank = (await invokeAs(host, panel(USERS.csiAdmin, 'CSI-2'), 'pir.findActionOwners', { query: ' ' })).envelope;
  expect(!blank.ok && blank.error.code).toBe('INVALID_INPUT');
});
