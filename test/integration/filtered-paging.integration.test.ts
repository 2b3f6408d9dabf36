/**
 * Filters run on the page the store read (storage-reference/entities-api-query, "filters"): a
 * filtered page can be short or empty and still have a cursor. These tests seed sparse matches
 * behind many non-matching entries and prove that no screen, export or lookup loses them.
 */
import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { decisionsAdapter } from '../../src/adapters/deps';
import { allDecisions, appendDecision } from '../../src/adapters/storage/decision-log.repository';
import { decisionKey } from '../../src/adapters/storage/keys';
import type { DecisionLogPage, ExportFile } from '../../src/contracts/decision-log.contract';
import type { PortfolioPage } from '../../src/contracts/project-page.contract';
import type { ProgressReport } from '../../src/contracts/macro.contract';
import type { DecisionDraft, DecisionEntry } from '../../src/domain/decision-log/decision-entry';
import { PROGRESS_CONFIG } from '../support/resolver-fixtures';
import { invokeAs, seededHost } from '../support/seeded-host';

let host: LocalHost;
const ACTOR = { accountId: USERS.csiAdmin, displayName: 'Chen Okafor' };
const AFTER_SEED = Date.parse('2027-06-01T00:00:00.000Z');
let appended = 0;

const draft = (summary: string, type: 'pause' | 'proposal-rejected' = 'pause'): DecisionDraft =>
  ({
    type,
    subject: { issueKey: 'CSI-5', issueId: '10005', projectKey: 'CSI' },
    summary,
    rationale: 'Paging test',
    optionsConsidered: [],
    payload: type === 'proposal-rejected' ? { reasonCategory: 'duplicate' } : {},
  }) as DecisionDraft;

/** Appends entries as the app does, after everything the demo seed wrote, one second apart. */
async function append(drafts: DecisionDraft[]): Promise<DecisionEntry[]> {
  return host.runtime.run('test', 'append', USERS.csiAdmin, undefined, async () => {
    const entries: DecisionEntry[] = [];
    for (const d of drafts) {
      appended += 1;
      entries.push(await appendDecision(d, ACTOR, new Date(AFTER_SEED + appended * 1000).toISOString()));
    }
    return entries;
  });
}

const noise = (n: number) => Array.from({ length: n }, (_, i) => draft(`Routine pause ${i}`));
const project = (accountId: string) => ({ moduleKey: 'csi-project-page', accountId, projectKey: 'CSI' });

beforeAll(async () => {
  host = await seededHost();
  // Oldest first: needle B, then 1,300 non-matching entries, needle A, 10 more non-matching entries.
  await append([draft('Needle B: pause for the audit')]);
  await append(noise(1300));
  await append([draft('Needle A: pause for the audit')]);
  await append(noise(10));
}, 300_000);
afterAll(() => host.close());

describe('the decision log with a search that matches few entries', () => {
  it('pages through short and empty pages to every match, in order, without repeats', async () => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const { envelope } = await invokeAs<DecisionLogPage>(host, project(USERS.viewer), 'projectPage.decisionLog', {
        search: 'needle',
        ...(cursor ? { cursor } : {}),
      });
      if (!envelope.ok) throw new Error(envelope.error.message);
      pages.push(envelope.data.entries.map((e) => e.summary));
      cursor = envelope.data.nextCursor ?? undefined;
    } while (cursor && pages.length < 10);
    // A is found on the first page; B lies 1,300 rows further, past what one call reads, so a
    // page comes back empty with a cursor and the next one resumes where the reading stopped.
    expect(pages).toEqual([['Needle A: pause for the audit'], [], ['Needle B: pause for the audit']]);
    expect(cursor).toBeUndefined();
  });
});

describe('the decision-log export with a period that excludes the newest entries', () => {
  it('exports every entry of the period although the first 1,300 rows are outside it', async () => {
    const frame = {
      moduleKey: 'csi-decision-log',
      accountId: USERS.editor,
      pageId: '30001',
      config: { projects: ['CSI'], types: [], pageSize: 20, from: '2026-01-01', to: '2026-12-31' },
    };
    const { envelope } = await invokeAs<ExportFile>(host, frame, 'macro.exportDecisionLog', { format: 'json' });
    if (!envelope.ok) throw new Error(envelope.error.message);
    const exported = (JSON.parse(envelope.data.content) as { entries: DecisionEntry[] }).entries.map((e) => e.seq);
    const expected = await host.runtime.run('test', 'all', undefined, undefined, async () => {
      const seqs: number[] = [];
      for await (const page of allDecisions()) {
        for (const { entry } of page) {
          const e = entry as DecisionEntry;
          const about = e.subject?.projectKey ?? '*';
          if (e.at >= '2026-01-01' && e.at <= '2026-12-31T23:59:59.999Z' && ['CSI', '*'].includes(about))
            seqs.push(e.seq);
        }
      }
      return seqs;
    });
    expect(expected.length).toBeGreaterThan(20);
    expect(exported).toEqual(expected);
  });
});

describe('latestAbout (a limit-1 lookup with a type filter)', () => {
  it('finds the latest rejection behind many newer entries about the same issue', async () => {
    const [rejection] = await append([draft('Rejected CSI-5', 'proposal-rejected')]);
    await append(noise(60));
    const found = await host.runtime.run('test', 'latest', USERS.csiAdmin, undefined, () =>
      decisionsAdapter.latestAbout('CSI', 'CSI-5', 'proposal-rejected'),
    );
    expect(found?.seq).toBe(rejection?.seq);
  });

  it('stores no issueKey attribute for a configuration-wide entry, so it is in no issue partition', async () => {
    const seq = await host.runtime.run('test', 'config-entry', undefined, undefined, async () => {
      for await (const page of allDecisions()) {
        const config = page.find((p) => (p.entry as DecisionEntry).type === 'scoring-config-changed');
        if (config) return (config.entry as DecisionEntry).seq;
      }
      throw new Error('the seed has no configuration change');
    });
    const stored = await host.runtime.run('test', 'raw', undefined, undefined, () =>
      kvs.entity<Record<string, unknown>>('decision').get(decisionKey(seq)),
    );
    expect(stored).toMatchObject({ projectKey: '*', type: 'scoring-config-changed' });
    expect(stored && 'issueKey' in stored).toBe(false);
  });
});

describe('the progress report header', () => {
  it('counts every decision of the period, past the first store page', async () => {
    const frame = {
      moduleKey: 'csi-progress-report',
      accountId: USERS.viewer,
      pageId: '30001',
      config: { ...PROGRESS_CONFIG, periodDays: 730 },
    };
    const { envelope } = await invokeAs<ProgressReport>(host, frame, 'macro.progressReport', {});
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(envelope.data.header.decisionsInPeriod).toBeGreaterThan(1300);
  });
});

describe('the portfolio with a filter', () => {
  it('fills a page from several store pages when the filter leaves the first one short', async () => {
    const { envelope } = await invokeAs<PortfolioPage>(host, project(USERS.editor), 'projectPage.portfolio', {
      filters: { complete: true, initiativeClass: 'standard' },
      limit: 3,
    });
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(envelope.data.rows).toHaveLength(3);
    expect(envelope.data.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
  });
});
