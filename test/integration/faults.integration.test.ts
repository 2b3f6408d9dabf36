import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { projectedProperty } from '../../src/adapters/storage/projection-outbox.repository';
import { allDecisions } from '../../src/adapters/storage/decision-log.repository';
import { reconcilePage } from '../../src/adapters/storage/reconcile.repository';
import { loadSettings } from '../../src/adapters/storage/settings.repository';
import type { InitiativeRecord } from '../../src/application/initiative-record';
import { scoreInitiative } from '../../src/application/scoring/score-initiative';
import { asPerson } from '../support/product-requests';
import { invokeAs, seededHost } from '../support/seeded-host';

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
  // Faults on after seeding: a quarter of product calls and 15 % of storage calls fail with 429/503/504.
  host.runtime.setKnobs({ restFaultRate: 0.25, kvsFaultRate: 0.15, faultRetryAfterSeconds: 0, seed: 7 });
}, 120_000);
afterAll(() => host.close());

const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const ISSUES = ['CSI-4', 'CSI-5', 'CSI-9'];

/** Storage's side: every initiative, read from KVS page by page. */
async function storedInitiatives(): Promise<InitiativeRecord[]> {
  const all: InitiativeRecord[] = [];
  let after = '';
  for (;;) {
    const page = await read(() => reconcilePage(after, 100));
    all.push(...page.records);
    if (!page.full) return all;
    after = page.lastIssueId;
  }
}

/** The log's side: the seqs of its entries about each issue id, newest first, read from the log's own entries. */
async function logByIssue(): Promise<Map<string, number[]>> {
  const byIssue = new Map<string, number[]>();
  await read(async () => {
    for await (const page of allDecisions())
      for (const { entry } of page) {
        const e = entry as { seq: number; subject?: { issueId?: string } | null };
        const id = e.subject?.issueId;
        if (id) byIssue.set(id, [e.seq, ...(byIssue.get(id) ?? [])]);
      }
  });
  return byIssue;
}

/** Jira's side: the field and the property of an issue, read through REST as a person (the site admin browses every project). */
async function shownInJira(key: string, fieldId: string) {
  const issue = await asPerson(host, USERS.siteAdmin, 'GET', `/rest/api/3/issue/${key}?fields=${fieldId}`);
  const property = await asPerson(host, USERS.siteAdmin, 'GET', `/rest/api/3/issue/${key}/properties/csi-score`);
  expect(issue.status).toBe(200);
  return {
    field: (issue.body as { fields: Record<string, unknown> }).fields[fieldId] ?? null,
    property: property.status === 200 ? (property.body as { value: unknown }).value : undefined,
  };
}

describe('with the platform failing under the app', () => {
  it('every call answers done or try again; once faults stop and the outbox drains, storage, log and Jira agree', async () => {
    const codes: Record<string, number> = {};
    const decided = new Map<string, number>();
    for (let i = 0; i < 24; i += 1) {
      const issueKey = ISSUES[i % ISSUES.length]!;
      const rate = i % 3 !== 2;
      const { envelope } = rate
        ? await invokeAs(host, { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey }, 'issuePanel.rate', {
            ratings: [{ criterionKey: 'effort', rating: 1 + (i % 5), rationale: `attempt ${i}` }],
          })
        : await invokeAs(
            host,
            { moduleKey: 'csi-issue-panel', accountId: USERS.csiAdmin, issueKey },
            'issuePanel.recordDecision',
            {
              decision: {
                type: 'checkpoint-decision',
                checkpointName: `Gate ${i}`,
                verdict: 'go',
                recommended: 'go',
                rationale: `Checked at attempt ${i}`,
                optionsConsidered: ['Wait a sprint'],
              },
              requestId: `fault-decision-${i}`,
            },
          );
      const code = envelope.ok ? 'ok' : envelope.error.code;
      codes[code] = (codes[code] ?? 0) + 1;
      if (!rate && envelope.ok) decided.set(issueKey, (decided.get(issueKey) ?? 0) + 1);
    }
    expect(Object.keys(codes).every((c) => ['ok', 'UNAVAILABLE'].includes(c))).toBe(true);
    expect(codes.ok).toBeGreaterThan(0);
    expect(codes.UNAVAILABLE).toBeGreaterThan(0);

    // Faults off; queued drains finish; the reconcile finds what a lost push left behind.
    host.runtime.setKnobs({ restFaultRate: 0, kvsFaultRate: 0 });
    await host.settle();
    await host.runner.runScheduled('csi-reconcile');
    await host.settle();

    const records = await storedInitiatives();
    const log = await logByIssue();
    const settings = await read(loadSettings);
    const fieldId = host.store.fields.list().find((f) => f.name === 'CSI score')!.id;
    expect(records.length).toBeGreaterThan(ISSUES.length);
    for (const record of records) {
      // Storage: the stored score is exactly what the stored ratings give.
      expect(record.computed).toEqual(scoreInitiative(record, settings.config));
      // The log: the initiative's copy of its latest decisions is the log's latest entries about it.
      const logged = log.get(record.issueId) ?? [];
      expect({ key: record.issueKey, seqs: record.decisions.map((d) => d.seq) }).toEqual({
        key: record.issueKey,
        seqs: logged.slice(0, record.decisions.length > 0 || logged.length > 0 ? 10 : 0),
      });
      // Jira: the field and the property show storage's score.
      expect({ key: record.issueKey, ...(await shownInJira(record.issueKey, fieldId)) }).toEqual({
        key: record.issueKey,
        field: record.computed.score,
        property: projectedProperty(record),
      });
    }
    for (const [key, ok] of decided) {
      const id = String(host.store.issues.find(key)!.id);
      expect((log.get(id) ?? []).length).toBeGreaterThanOrEqual(ok);
    }
  }, 120_000);
});
