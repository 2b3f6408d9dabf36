import type { LocalHost } from '../../local/host';
import { PAGES, USERS } from '../../local/product/demo-ids';
import type { LessonsPage } from '../../src/contracts/lessons.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * The lessons learned library (issue 11 item 7) through the real resolvers: the programme page, the
 * Confluence macro "CSI lessons learned" and the issue panel, over the demo's PIRs (CSI-11 on the
 * service desk, CSI-7 on payroll and the service desk).
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const programme = async (query: Record<string, string>, as: string = USERS.editor) => {
  const frame = { moduleKey: 'csi-programme-page', accountId: as };
  const { envelope } = await invokeAs<LessonsPage>(host, frame, 'programme.lessons', query);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data;
};
const texts = (page: LessonsPage) => page.lessons.map((l) => `${l.issueKey}: ${l.text}`);

test('lists every lesson, newest first, with its initiative, section, services and tags', async () => {
  const page = await programme({});
  expect(texts(page)).toEqual([
    'CSI-7: Start from the contract, not the HR start date: it arrives two weeks earlier.',
    'CSI-11: Give each owner their own list: a shared backlog of articles stalled.',
    'CSI-11: Refresh the search index on the day content is retired.',
  ]);
  expect(page.lessons[1]).toMatchObject({
    summary: 'Knowledge base quality review and retirement of stale articles',
    sectionKey: 'lessons',
    sectionTitle: 'Lessons learned',
    services: ['service-desk'],
    tags: ['ownership'],
    state: 'completed',
  });
  expect(page.lessons[0]?.state).toBe('open');
  expect(page.services).toEqual([
    { key: 'payroll', name: 'Payroll' },
    { key: 'service-desk', name: 'Service desk' },
  ]);
  expect(page.tags).toEqual(['knowledge', 'onboarding', 'ownership', 'tooling']);
  expect(page.total).toBe(3);
});

test.each([
  [{ service: 'payroll' }, ['CSI-7']],
  [{ service: 'PAYROLL' }, ['CSI-7']],
  [{ tag: 'tooling' }, ['CSI-11']],
  [{ text: 'search INDEX' }, ['CSI-11']],
  [{ text: 'contract', service: 'service-desk' }, ['CSI-7']],
  [{ text: 'contract', service: 'vpn' }, []],
  [{ sectionKey: 'went-well' }, []],
])('filters by %j', async (query, keys) => {
  const page = await programme(query);
  expect(page.lessons.map((l) => l.issueKey)).toEqual(keys);
  expect(page.total).toBe(keys.length);
});

test('a reader who may not browse the initiatives sees none of their lessons', async () => {
  const page = await programme({}, USERS.outsider);
  expect(page).toMatchObject({ lessons: [], total: 0, services: [], tags: [] });
});

test('the macro shows the same library to a reader of the page', async () => {
  const frame = { moduleKey: 'csi-lessons-learned', accountId: USERS.viewer, pageId: PAGES.csiReport };
  const { envelope } = await invokeAs<LessonsPage>(host, frame, 'macro.lessons', { tag: 'onboarding' });
  if (!envelope.ok) throw new Error(envelope.error.message);
  expect(texts(envelope.data)).toEqual([
    'CSI-7: Start from the contract, not the HR start date: it arrives two weeks earlier.',
  ]);
  // Another macro's frame cannot ask for it.
  const other = { moduleKey: 'csi-progress-report', accountId: USERS.viewer, pageId: PAGES.csiReport };
  const refused = await invokeAs<LessonsPage>(host, other, 'macro.lessons', {});
  expect(refused.envelope.ok ? 'ok' : refused.envelope.error.code).toBe('PRECONDITION_FAILED');
});

test('the panel of an initiative on the service desk shows earlier lessons on it, not its own', async () => {
  const frame = (issueKey: string) => ({ moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey });
  const six = await invokeAs<LessonsPage>(host, frame('CSI-6'), 'pir.lessons', {});
  if (!six.envelope.ok) throw new Error(six.envelope.error.message);
  expect(six.envelope.data.lessons.map((l) => l.issueKey)).toEqual(['CSI-7', 'CSI-11', 'CSI-11']);
  const seven = await invokeAs<LessonsPage>(host, frame('CSI-7'), 'pir.lessons', {});
  if (!seven.envelope.ok) throw new Error(seven.envelope.error.message);
  expect(seven.envelope.data.lessons.map((l) => l.issueKey)).toEqual(['CSI-11', 'CSI-11']);
});
