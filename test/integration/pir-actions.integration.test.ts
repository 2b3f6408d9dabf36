import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { pirActionIssues, ACTION_PROPERTY } from '../../src/adapters/product/pir-action-issues';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { getPir, pirsAdapter } from '../../src/adapters/storage/pir.repository';
import { ACTION_LINK_CLAIM_STALE_MS, linkPirActions } from '../../src/application/pir/link-pir-actions.use-case';
import type { PirsPort } from '../../src/application/pir/pir.ports';
import type { PirRecord } from '../../src/application/pir/pir-record';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { asPerson } from '../support/product-requests';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Issue 11 item 4, "each action becomes a linked Jira issue with owner, due date ... and status shown
 * live in the PIR": through the real resolvers and adapters against the local host's Jira. The
 * action issues are found by their `csi-pir-action` property (manifest `jira:entityProperty`,
 * searchable as `csiPirIssue`), created with it (`IssueUpdateDetails.properties`).
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const panel = (accountId: string, issueKey: string) => ({ moduleKey: 'csi-issue-panel', accountId, issueKey });
const idOf = (key: string) => String(host.store.issues.find(key)!.id);
const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const open = async (key: string, as: string = USERS.csiAdmin) => {
  const { envelope } = await invokeAs<PanelData>(host, panel(as, key), 'issuePanel.get', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data;
};
const save = (key: string, actions: unknown[], requestId?: string, as: string = USERS.csiAdmin) =>
  invokeAs<PanelData>(host, panel(as, key), 'pir.saveSection', {
    sectionKey: 'actions',
    value: { kind: 'actions', actions },
    ...(requestId ? { requestId } : {}),
  });
/** The Jira issues carrying the action property of `key`'s PIR, by action id. */
const actionIssues = (key: string) =>
  host.store.issues.list().flatMap((i) => {
    const p = host.store.properties.get(i.id, ACTION_PROPERTY) as { pir?: string; action?: string } | undefined;
    return p?.pir === idOf(key) ? [{ action: p.action, issue: i }] : [];
  });
const action = (id: string, title: string, owner: string = USERS.editor) => ({
  id,
  title,
  ownerAccountId: owner,
  priority: 'urgent',
  dueDate: '2027-01-15',
  status: 'open',
  wontDoReason: null,
  issueKey: null,
});

test('the demo: CSI-11 has three action issues, open, done and won’t do, live from Jira', async () => {
  const pir = (await open('CSI-11')).pir!;
  expect(pir.actionsLive).toBe(true);
  const byId = Object.fromEntries(pir.actions.map((a) => [a.id, a]));
  expect(byId['a-index']).toMatchObject({ status: 'open', jiraStatus: 'To Do', overdue: true });
  expect(byId['a-review-cycle']).toMatchObject({ status: 'done', jiraStatus: 'Done', overdue: false });
  expect(byId['a-ratings']).toMatchObject({ status: 'wont-do', jiraStatus: 'Rejected' });
  expect(new Set(pir.actions.map((a) => a.issueKey)).size).toBe(3);
  // Its three actions' issues, and the review issue its lost benefit opened (pir-daily.integration.test.ts).
  expect(
    actionIssues('CSI-11')
      .map((m) => m.action)
      .sort(),
  ).toEqual(['a-index', 'a-ratings', 'a-review-cycle', 'benefit-review-90']);
  // The recorded statuses followed the issue events, so the portfolio counts one open action.
  expect((await read(() => getInitiative(idOf('CSI-11'))))?.openActions).toBe(1);
});

test('saving actions makes one linked Jira issue each, assigned and due; saving again makes none', async () => {
  const first = await save('CSI-2', [action('roster', 'Page the roster from the tool')], 'actions-bridge-1');
  expect(first.envelope.ok).toBe(true);
  const made = actionIssues('CSI-2');
  expect(made).toHaveLength(1);
  const issue = made[0]!.issue;
  expect(issue).toMatchObject({
    summary: 'Page the roster from the tool',
    assigneeId: USERS.editor,
    duedate: '2027-01-15',
    issueType: { name: 'Task' },
    projectId: host.store.issues.find('CSI-2')!.projectId,
  });
  const links = await asPerson(host, USERS.csiAdmin, 'GET', `/rest/api/3/issue/CSI-2?fields=issuelinks`);
  expect(JSON.stringify(links.body)).toContain(issue.key);
  const shown = first.envelope.ok && first.envelope.data.pir!.actions.find((a) => a.id === 'roster');
  expect(shown).toMatchObject({ issueKey: issue.key, status: 'open', jiraStatus: 'To Do', linkError: null });
  // The same request again, a new save with a second action, and a payload naming another issue.
  await save('CSI-2', [action('roster', 'Page the roster from the tool')], 'actions-bridge-1');
  const forged = { ...action('roster', 'Page the roster from the tool'), issueKey: 'CSI-1' };
  const second = await save('CSI-2', [forged, action('drill', 'Run a bridge drill each quarter')], 'actions-bridge-2');
  expect(second.envelope.ok).toBe(true);
  expect(
    actionIssues('CSI-2')
      .map((m) => m.action)
      .sort(),
  ).toEqual(['drill', 'roster']);
  const stored = (await read(() => getPir(idOf('CSI-2'))))!.values.actions;
  expect(stored?.kind === 'actions' && stored.actions.find((a) => a.id === 'roster')?.issueKey).toBe(issue.key);
});

test('an action moved to Done in Jira shows done on the panel and leaves the open-action count', async () => {
  const before = (await read(() => getInitiative(idOf('CSI-2'))))!.openActions;
  const drill = actionIssues('CSI-2').find((m) => m.action === 'drill')!.issue;
  for (const id of ['11', '21', '31', '41', '51']) {
    const moved = await asPerson(host, USERS.editor, 'POST', `/rest/api/3/issue/${drill.key}/transitions`, {
      transition: { id },
    });
    expect(moved.status).toBe(204);
  }
  await host.settle();
  const shown = (await open('CSI-2')).pir!.actions.find((a) => a.id === 'drill');
  expect(shown).toMatchObject({ status: 'done', jiraStatus: 'Done' });
  expect((await read(() => getInitiative(idOf('CSI-2'))))!.openActions).toBe(before - 1);
});

test('50 concurrent saves of the same actions make one issue per action', async () => {
  const actions = [action('c1', 'First concurrent action'), action('c2', 'Second concurrent action')];
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, n) => save('CSI-7', actions, `actions-laptop-${n}`, USERS.editor)),
  );
  expect(results.filter((r) => r.envelope.ok).length).toBeGreaterThan(0);
  await save('CSI-7', actions, 'actions-laptop-after', USERS.editor);
  expect(
    actionIssues('CSI-7')
      .map((m) => m.action)
      .sort(),
  ).toEqual(['c1', 'c2']);
  const pir = (await open('CSI-7')).pir!;
  expect(pir.actions.every((a) => a.issueKey !== null)).toBe(true);
});

test('a call that died after Jira created the issue but before storing its key: the next finds it', async () => {
  await save('CSI-23', [], 'actions-synthetic-0');
  const id = idOf('CSI-23');
  // The section is stored without its issue (as a save whose linking never ran would leave it).
  await read(() =>
    pirsAdapter.updateWithInitiative(id, (record, pir) => {
      const values = {
        ...pir!.values,
        actions: { kind: 'actions' as const, actions: [action('s1', 'Alert on login failures')] },
      };
      return { record, pir: { ...pir!, values: values as PirRecord['values'] } };
    }),
  );
  // The settle after the create fails: the key is never stored and the claim stays.
  let writes = 0;
  const dying: PirsPort = {
    get: pirsAdapter.get,
    updateWithInitiative: (issueId, change, options) => {
      writes += 1;
      if (writes === 2) return Promise.reject(new Error('the invocation died'));
      return pirsAdapter.updateWithInitiative(issueId, change, options);
    },
  };
  let now = Date.now();
  const clock = { now: () => new Date(now).toISOString(), id: () => 'x' };
  await expect(read(() => linkPirActions({ pirs: dying, actionIssues: pirActionIssues, clock }, id))).rejects.toThrow(
    'died',
  );
  expect(actionIssues('CSI-23')).toHaveLength(1);
  // A call while the claim is fresh leaves it; one after it went stale searches first and creates nothing.
  expect(await read(() => linkPirActions({ pirs: pirsAdapter, actionIssues: pirActionIssues, clock }, id))).toBe(
    'in-flight',
  );
  now += ACTION_LINK_CLAIM_STALE_MS + 1;
  expect(await read(() => linkPirActions({ pirs: pirsAdapter, actionIssues: pirActionIssues, clock }, id))).toBe(
    'linked',
  );
  expect(actionIssues('CSI-23')).toHaveLength(1);
  const stored = (await read(() => getPir(id)))!;
  const actions = stored.values.actions;
  expect(actions?.kind === 'actions' && actions.actions[0]?.issueKey).toBe(actionIssues('CSI-23')[0]!.issue.key);
  expect(stored.linking).toBeNull();
});

test('Jira refusing an action issue keeps why for the panel and creates nothing; the next save retries', async () => {
  // The outsider cannot be assigned issues in CSI: Jira answers 400 with its field error.
  const refused = await save('CSI-23', [
    action('s1', 'Alert on login failures'),
    action('s2', 'Page the outsider', USERS.outsider),
  ]);
  if (!refused.envelope.ok) throw new Error(refused.envelope.error.message);
  const shown = refused.envelope.data.pir!.actions.find((a) => a.id === 's2');
  expect(shown).toMatchObject({ issueKey: null });
  expect(shown?.linkError).toMatch(/^Jira did not create its issue: .*assign/i);
  expect(actionIssues('CSI-23').map((m) => m.action)).toEqual(['s1']);
  const fixed = await save('CSI-23', [action('s1', 'Alert on login failures'), action('s2', 'Page the editor')]);
  const after = fixed.envelope.ok && fixed.envelope.data.pir!.actions.find((a) => a.id === 's2');
  expect(after).toMatchObject({ linkError: null, issueKey: expect.stringMatching(/^CSI-\d+$/) });
  expect(
    actionIssues('CSI-23')
      .map((m) => m.action)
      .sort(),
  ).toEqual(['s1', 's2']);
});
