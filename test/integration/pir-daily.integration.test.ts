import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { SITE_TIME_ZONE } from '../../local/product/jira/server-info.routes';
import { ACTION_PROPERTY } from '../../src/adapters/product/pir-action-issues';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { getPir } from '../../src/adapters/storage/pir.repository';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import type { PortfolioPage } from '../../src/contracts/project-page.contract';
import { localDateOf } from '../../src/domain/pir/pir-due-date';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * The PIRs' daily job (manifest scheduledTrigger csi-pir-daily, interval day) through the local
 * host: benefit checks at +30 and +90 days after closure with a review issue on a lost benefit
 * (issue 11 item 6), and reminders about actions before, on and after their due date through Jira's
 * notification queue (`POST /rest/api/3/issue/{id}/notify`, issue 11 item 4). The demo's seed ran
 * the job once already.
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const idOf = (key: string) => String(host.store.issues.find(key)!.id);
const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const panel = async (key: string, as: string = USERS.csiAdmin) => {
  const { envelope } = await invokeAs<PanelData>(
    host,
    { moduleKey: 'csi-issue-panel', accountId: as, issueKey: key },
    'issuePanel.get',
    {},
  );
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data;
};
const daily = async () => {
  await host.runner.runScheduled('csi-pir-daily');
  await host.settle();
};
const reviewIssues = () =>
  host.store.issues.list().filter((i) => {
    const p = host.store.properties.get(i.id, ACTION_PROPERTY) as { action?: string } | undefined;
    return p?.action?.startsWith('benefit-review-');
  });

test('the demo: CSI-11 kept part of its benefit at +30 and lost it at +90, with a review issue for its owner', async () => {
  const pir = (await panel('CSI-11')).pir!;
  expect(pir.benefitChecks.map((c) => [c.days, c.verdict])).toEqual([
    [30, 'partly-kept'],
    [90, 'lost'],
  ]);
  const lost = pir.benefitChecks[1]!;
  // Baseline 41, target 60, now 44: (44 - 41) / (60 - 41) = 15.8 % of the planned rise.
  expect(lost).toMatchObject({ current: 44, retainedPct: 15.8, reviewError: null });
  // At +30 it stood at 54: (54 - 41) / 19 = 68.4 %.
  expect(pir.benefitChecks[0]).toMatchObject({ current: 54, retainedPct: 68.4 });
  expect(pir.nextBenefitCheck).toBeNull();
  const [review] = reviewIssues();
  expect(review).toMatchObject({ key: lost.reviewIssueKey, assigneeId: USERS.viewer, issueType: { name: 'Task' } });
  expect(review!.summary).toMatch(/^Benefit lost: Knowledge base quality review/);
  const record = await read(() => getInitiative(idOf('CSI-11')));
  expect(record?.pir?.benefit).toBe('lost');
  const project = { moduleKey: 'csi-project-page', accountId: USERS.csiAdmin, projectKey: 'CSI' };
  const { envelope } = await invokeAs<PortfolioPage>(host, project, 'projectPage.portfolio', {
    filters: {},
    limit: 100,
  });
  if (!envelope.ok) throw new Error(envelope.error.message);
  expect(envelope.data.rows.find((r) => r.issueKey === 'CSI-11')?.pir?.benefit).toBe('lost');
});

test('the demo: the overdue open action of CSI-11 got one reminder, to its assignee', () => {
  const index = host.store.issues.list().find((i) => {
    const p = host.store.properties.get(i.id, ACTION_PROPERTY) as { action?: string } | undefined;
    return p?.action === 'a-index';
  })!;
  const sent = host.store.notifications.list(index.id);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ recipients: [USERS.editor] });
  expect(sent[0]!.subject).toContain('is overdue');
});

test('running the daily job again checks nothing twice, opens no second review, sends no second reminder', async () => {
  const before = {
    pir: await read(() => getPir(idOf('CSI-11'))),
    issues: host.store.issues.list().length,
    notes: host.store.notifications.list().length,
  };
  await daily();
  await daily();
  expect(await read(() => getPir(idOf('CSI-11')))).toEqual(before.pir);
  expect(host.store.issues.list().length).toBe(before.issues);
  expect(host.store.notifications.list().length).toBe(before.notes);
});

test('an action due today gets its "due today" reminder once, to its assignee', async () => {
  const today = localDateOf(new Date().toISOString(), SITE_TIME_ZONE)!;
  const action = (id: string, title: string, status: string) => ({
    id,
    title,
    ownerAccountId: USERS.editor,
    priority: 'normal',
    dueDate: today,
    status,
    wontDoReason: null,
    issueKey: null,
  });
  const saved = await invokeAs<PanelData>(
    host,
    { moduleKey: 'csi-issue-panel', accountId: USERS.csiAdmin, issueKey: 'CSI-7' },
    'pir.saveSection',
    { sectionKey: 'actions', value: { kind: 'actions', actions: [action('today', 'Due today', 'open')] } },
  );
  expect(saved.envelope.ok).toBe(true);
  const key = saved.envelope.ok ? saved.envelope.data.pir!.actions[0]!.issueKey! : '';
  const issue = host.store.issues.find(key)!;
  await daily();
  await daily();
  const sent = host.store.notifications.list(issue.id);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.subject).toContain('is due today');
  expect(sent[0]!.recipients).toEqual([USERS.editor]);
  expect((await read(() => getPir(idOf('CSI-7'))))?.reminders).toMatchObject({ today: ['on'] });
});
