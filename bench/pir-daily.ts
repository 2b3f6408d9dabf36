import { kvs } from '@forge/kvs';
import { LocalHost } from '../local/host';
import { USERS } from '../local/product/demo-ids';
import { seedDemo } from '../local/seed/seed-demo';
import { setPir } from '../src/adapters/storage/pir.repository';
import type { PirRecord } from '../src/application/pir/pir-record';
import { defaultPirTemplate } from '../src/domain/pir/pir-template';
import { table } from './measure';
import { addInitiatives } from './scale';

/**
 * Issue 11's daily job bench: the `csi-pir-daily` scheduled trigger (benefit checks and action
 * reminders) with ~10 benefit checks due today, beside 500 and then 5,000 archived PIRs (goal: its
 * KVS operations follow what is due, not the archive). The archived PIRs are written straight
 * through the app's repository (`setPir`, 25 to a transaction; setup, not what is measured): all
 * completed, most with both checks made and every action done (in neither index), one in ten with
 * its +30 check and an open action due in the coming weeks (in both indexes, not yet due). The
 * due ones belong to real initiatives (the check updates the initiative's copy): closed 31 days
 * ago, so their +30 check falls due whatever the site's time zone; no KPI, so no review issue.
 */
const DUE = 10;
const DAY_MS = 86_400_000;

const dayOffset = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

function completedPir(issueId: string, issueKey: string, closedDaysAgo: number, archived: boolean): PirRecord {
  const closedAt = dayOffset(-closedDaysAgo);
  const check = (days: 30 | 90) => ({
    days,
    dueDate: dayOffset(days - closedDaysAgo).slice(0, 10),
    checkedAt: dayOffset(days - closedDaysAgo),
    current: 50,
    verdict: 'kept' as const,
    retainedPct: 100,
    reviewIssueKey: null,
    reviewClaimedAt: null,
    reviewError: null,
  });
  const futureAction = !archived;
  return {
    issueId,
    issueKey,
    projectKey: 'CSI',
    rule: { id: 'every-initiative', name: 'Every initiative', requirement: 'mandatory' },
    template: defaultPirTemplate(),
    doneAt: dayOffset(-closedDaysAgo - 20),
    dueDate: dayOffset(-closedDaysAgo - 5).slice(0, 10),
    timeZone: 'UTC',
    state: 'completed',
    values: {
      summary: { kind: 'text', text: 'Archived review: the change held and its actions are closed.' },
      actions: {
        kind: 'actions',
        actions: [
          {
            id: 'a-1',
            title: 'Follow-up action',
            ownerAccountId: USERS.editor,
            priority: 'normal',
            dueDate: (futureAction ? dayOffset(25) : dayOffset(-closedDaysAgo + 10)).slice(0, 10),
            status: futureAction ? 'open' : 'done',
            wontDoReason: null,
            issueKey: null,
          },
        ],
      },
    },
    filledBy: {},
    completion: {
      at: closedAt,
      by: { accountId: USERS.csiAdmin, displayName: 'CSI admin' },
      outcome: 'met',
      residualRisks: [],
      seq: 1,
    },
    linking: null,
    linkErrors: {},
    services: [],
    benefitChecks: archived && closedDaysAgo > 90 ? [check(30), check(90)] : [],
    reminders: {},
    revision: 1,
  };
}

/** Writes `records` through the app's repository, 25 to a transaction (the platform's limit). */
async function writePirs(host: LocalHost, records: PirRecord[]): Promise<void> {
  await host.runtime.run('bench-setup', 'bench.pirs', USERS.csiAdmin, undefined, async () => {
    for (let i = 0; i < records.length; i += 25) {
      const tx = kvs.transact();
      for (const r of records.slice(i, i + 25)) setPir(tx, undefined, r);
      await tx.execute();
    }
  });
}

let archivedSoFar = 0;

/** `count` more archived PIRs (ids far from the product's issue ids): one in ten waits for a check and an action. */
async function addArchived(host: LocalHost, count: number): Promise<void> {
  const records = Array.from({ length: count }, (_, i) => {
    const n = archivedSoFar + i;
    const waiting = n % 10 === 0;
    return completedPir(String(900_000 + n), `ARC-${n + 1}`, waiting ? 10 : 120 + (n % 400), !waiting);
  });
  archivedSoFar += count;
  await writePirs(host, records);
}

/** DUE initiatives whose PIR was completed 31 days ago: their +30 check is due today. */
async function addDue(host: LocalHost): Promise<void> {
  const before = new Set(host.store.issues.list().map((i) => i.id));
  await addInitiatives(host, DUE, 17 + archivedSoFar);
  const fresh = host.store.issues.list().filter((i) => !before.has(i.id));
  await writePirs(
    host,
    fresh.map((i) => completedPir(String(i.id), i.key, 31, false)),
  );
}

export async function pirDailyBench(): Promise<void> {
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  const rows: Array<Array<string | number>> = [];
  const run = async (label: string) => {
    const before = { ...host.stats.totals };
    const id = host.stats.nextId;
    const started = performance.now();
    await host.runner.runScheduled('csi-pir-daily');
    await host.settle();
    const ms = performance.now() - started;
    const after = host.stats.totals;
    const job = host.stats.byId(id)!;
    rows.push([
      label,
      after.invocations - before.invocations,
      job.kvsReads + job.kvsQueries + job.kvsWrites,
      JSON.stringify(job.kvsOps),
      after.kvsReads + after.kvsQueries + after.kvsWrites - before.kvsReads - before.kvsQueries - before.kvsWrites,
      job.restReads + job.restWrites,
      ms.toFixed(1),
    ]);
  };
  await addArchived(host, 500);
  await run(`${archivedSoFar} archived, nothing due`);
  await addDue(host);
  await run(`${archivedSoFar} archived, ${DUE} checks due`);
  await addArchived(host, 5000 - archivedSoFar);
  await run(`${archivedSoFar} archived, nothing due`);
  await addDue(host);
  await run(`${archivedSoFar} archived, ${DUE} checks due`);
  table(
    'PIR daily job (csi-pir-daily) by archive size and what is due (goal: KVS ops follow what is due, not the archive)',
    [
      'case',
      'invocations (with what it caused)',
      'job KVS ops',
      'job KVS by kind',
      'KVS ops with what it caused',
      'job REST calls',
      'ms (local)',
    ],
    rows,
  );
  const [idle, due] = [Number(rows[2]?.[2]), Number(rows[3]?.[2])];
  console.log(
    `\nAt ${archivedSoFar} archived PIRs: ${idle} KVS ops with nothing due (the two index queries), ${due} with ${DUE} due, ${(due - idle) / DUE} a due PIR; the same at 500. The archived PIRs are never read.`,
  );
  host.close();
}

if (process.argv[1]?.endsWith('pir-daily.ts')) {
  pirDailyBench().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
