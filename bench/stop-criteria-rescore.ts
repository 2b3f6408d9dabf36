import { LocalHost } from '../local/host';
import { PROJECTS, USERS } from '../local/product/demo-ids';
import { seedDemo } from '../local/seed/seed-demo';
import { initiativesAfter } from '../src/adapters/storage/initiative.queries';
import { updateInitiative } from '../src/adapters/storage/initiative.repository';
import { table } from './measure';
import { startRescore } from './rescore-points';
import { addInitiatives } from './scale';

/**
 * Issue 10's re-score bench: the pause / terminate criteria are evaluated after each re-score. A
 * configuration re-score of the same initiatives, first with no criteria declared, then with every
 * initiative piloting and declaring "pause if the score falls below 50": KVS operations per
 * initiative (goal: the evaluation adds none; it runs inside the write the re-score makes anyway)
 * and how many triggers the second run stored.
 */
const COUNT = 5000;

export async function stopCriteriaRescoreBench(): Promise<void> {
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  await addInitiatives(host, COUNT - host.store.issues.list(PROJECTS.csi.id).length, 17);
  const total = host.store.issues.list(PROJECTS.csi.id).length;
  const rows: Array<Array<string | number>> = [];
  const measure = async (label: string) => {
    await host.settle();
    const before = { ...host.stats.totals };
    await startRescore(host, total);
    await host.settle();
    const after = host.stats.totals;
    const kvs =
      after.kvsReads + after.kvsQueries + after.kvsWrites - (before.kvsReads + before.kvsQueries + before.kvsWrites);
    const triggered = await countTriggered(host);
    rows.push([label, total, kvs, (kvs / total).toFixed(2), triggered]);
  };
  await measure('re-score, no criteria declared');
  await host.runtime.run('bench-setup', 'bench.criteria', USERS.csiAdmin, undefined, async () => {
    let after = '';
    for (;;) {
      const page = await initiativesAfter(after, 100);
      if (page.length === 0) break;
      for (const r of page) {
        await updateInitiative(
          r.issueId,
          (current) => ({
            ...current,
            lifecycle: { stage: 'piloting', since: new Date().toISOString(), latestVerdict: null },
            stopCriteria: [{ id: 'score', kind: 'pause-if-score-below', score: 50 }],
          }),
          undefined,
          { queueProjection: false },
        );
      }
      after = page[page.length - 1]!.issueId;
    }
  });
  await measure('re-score, every initiative piloting with "pause if the score falls below 50"');
  table(
    `Stop criteria evaluated after a re-score of ${total} initiatives (goal: no KVS operation more per initiative)`,
    ['case', 'initiatives', 'KVS ops', 'KVS ops per initiative', 'initiatives with a stored trigger'],
    rows,
  );
  host.close();
}

async function countTriggered(host: LocalHost): Promise<number> {
  return host.runtime.run('bench', 'bench.count', undefined, undefined, async () => {
    let [after, n] = ['', 0];
    for (;;) {
      const page = await initiativesAfter(after, 100);
      if (page.length === 0) return n;
      n += page.filter((r) => r.triggers.some((t) => t.answeredSeq === null)).length;
      after = page[page.length - 1]!.issueId;
    }
  });
}
