import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { SECURED } from '../../local/product/seed-product';
import { getPir, setPir } from '../../src/adapters/storage/pir.repository';
import type { ArchivePage, ArchiveRow } from '../../src/contracts/archive.contract';
import type { ExportFile } from '../../src/contracts/decision-log.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * The project page's archive (issue 11 item 8) on the seeded demo: CSI-11's completed PIR (outcome,
 * residual risk, +30 partly kept, +90 lost with its review issue) in the archive and both exports,
 * and a closed initiative behind issue-level security shown only to those who may browse it.
 */
let host: LocalHost;
let secured: { id: string; key: string };

beforeAll(async () => {
  host = await seededHost();
  const issue = host.store.issues.list().find((i) => i.summary === SECURED.summary)!;
  secured = { id: String(issue.id), key: issue.key };
  // The demo closes no secured initiative: store a completed PIR for it (CSI-11's, re-keyed) through the repository.
  await host.runtime.run('test', 'secured-pir', USERS.csiAdmin, undefined, async () => {
    const kb = (await getPir(String(host.store.issues.find('CSI-11')!.id)))!;
    const tx = kvs.transact();
    setPir(tx, undefined, { ...kb, issueId: secured.id, issueKey: secured.key, revision: 1 });
    await tx.execute();
  });
}, 120_000);
afterAll(() => host.close());

const project = (accountId: string) => ({ moduleKey: 'csi-project-page', accountId, projectKey: 'CSI' });

async function ok<T>(accountId: string, callKey: string, payload: unknown): Promise<T> {
  const { envelope } = await invokeAs<T>(host, project(accountId), callKey, payload);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data;
}

async function wholeArchive(accountId: string): Promise<ArchiveRow[]> {
  const rows: ArchiveRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await ok<ArchivePage>(accountId, 'projectPage.archive', { limit: 1, ...(cursor ? { cursor } : {}) });
    rows.push(...page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

test('the archive shows CSI-11 closed, partly met, with its residual risk, +30 partly kept and +90 lost', async () => {
  const rows = await wholeArchive(USERS.viewer);
  const kb = rows.find((r) => r.issueKey === 'CSI-11');
  expect(kb).toMatchObject({
    summary: expect.stringMatching(/^Knowledge base quality review/),
    outcome: 'partly-met',
    residualRisks: ['Articles written during incidents skip review.'],
    completedBy: 'Chen Okafor',
    decisions: { logSearch: 'CSI-11' },
  });
  expect(kb!.benefitChecks.map((c) => [c.days, c.status])).toEqual([
    [30, 'partly-kept'],
    [90, 'lost'],
  ]);
  expect(kb!.benefitChecks[1]!.reviewIssueKey).toMatch(/^CSI-\d+$/);
  // At least the PIR's completion is a decision about it.
  expect(kb!.decisions.count).toBeGreaterThanOrEqual(1);
  // Only completed PIRs: CSI-7 (filled, not completed), CSI-2 and CSI-23 (open) are not closed.
  for (const open of ['CSI-7', 'CSI-2', 'CSI-23']) expect(rows.map((r) => r.issueKey)).not.toContain(open);
});

test('the CSV and JSON exports carry CSI-11 with its checks and decision history', async () => {
  const csv = await ok<ExportFile>(USERS.viewer, 'projectPage.exportArchive', { format: 'csv' });
  expect(csv).toMatchObject({ filename: 'csi-archive-CSI.csv', mimeType: 'text/csv' });
  const line = csv.content.split('\r\n').find((l) => l.startsWith('CSI-11,'));
  expect(line).toContain(',partly-met,Articles written during incidents skip review.,partly-kept,');
  expect(line).toContain(',lost,');
  const json = await ok<ExportFile>(USERS.viewer, 'projectPage.exportArchive', { format: 'json' });
  const doc = JSON.parse(json.content) as {
    initiatives: Array<{ issueKey: string; decisions: Array<{ type: string }> }>;
  };
  const kb = doc.initiatives.find((i) => i.issueKey === 'CSI-11')!;
  expect(kb.decisions.map((d) => d.type)).toContain('pir-completed');
});

test.each([
  ['the viewer (not in the security level)', USERS.viewer, false],
  ['the editor (in the security level)', USERS.editor, true],
])('%s sees the secured closed initiative only if they may browse it', async (_who, accountId, sees) => {
  expect((await wholeArchive(accountId)).map((r) => r.issueKey).includes(secured.key)).toBe(sees);
  for (const format of ['csv', 'json'] as const) {
    const file = await ok<ExportFile>(accountId, 'projectPage.exportArchive', { format });
    expect(file.content.includes(secured.key)).toBe(sees);
  }
});
