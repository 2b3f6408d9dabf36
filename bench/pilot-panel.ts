import { kvs } from '@forge/kvs';
import { LocalHost } from '../local/host';
import { USERS } from '../local/product/demo-ids';
import { seedDemo } from '../local/seed/seed-demo';
import { getPilot, setPilot } from '../src/adapters/storage/pilot.repository';
import { emptyPilot, type PilotRecord } from '../src/application/pilot/pilot-record';
import { measureCall, table } from './measure';
import { addInitiatives } from './scale';

/**
 * Issue 10's panel bench: opening the issue panel of an initiative whose pilot holds 10 checkpoints
 * of 5 success criteria each and 10 resource commitments, at the demo's size and at 5,000
 * initiatives (goal: 1 invocation and the same KVS operations at any size, at most 4). The pilot is
 * written straight through the app's repository (setup, not what is measured).
 */
const ISSUE = 'CSI-1';

export async function pilotPanelBench(): Promise<void> {
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  const issue = host.store.issues.list(10000).find((i) => i.key === ISSUE);
  if (!issue) throw new Error(`${ISSUE} is not seeded`);
  await host.runtime.run('bench-setup', 'bench.pilot', undefined, undefined, async () => {
    const before = await getPilot(String(issue.id));
    const tx = kvs.transact();
    setPilot(tx, before, { ...fullPilot(String(issue.id), before), revision: (before?.revision ?? 0) + 1 });
    await tx.execute();
  });
  const frame = { moduleKey: 'csi-issue-panel', accountId: USERS.csiAdmin, issueKey: ISSUE };
  const rows: Array<Array<string | number>> = [];
  const count = () => host.store.issues.list(10000).length;
  const measure = async () => {
    const c = await measureCall(host, frame, 'issuePanel.get', {});
    rows.push([
      `open the panel, ${count()} issues`,
      c.invocations,
      c.kvsReads + c.kvsQueries,
      c.kvsQueries,
      c.rest,
      c.ms.toFixed(1),
      c.ok ? 'ok' : 'FAILED',
    ]);
  };
  await measure();
  await addInitiatives(host, 5000 - count(), 13);
  await measure();
  table(
    'Issue panel with 10 checkpoints (5 criteria each) and 10 commitments (goal: 1 invocation, <= 4 KVS ops at any size)',
    ['case', 'invocations', 'KVS ops', 'of which queries', 'REST calls', 'ms (local)', 'result'],
    rows,
  );
  host.close();
}

/** Ten checkpoints of five criteria (metric and manual, must and should) and ten commitments. */
function fullPilot(issueId: string, before: PilotRecord | undefined): PilotRecord {
  const base = before ?? emptyPilot(issueId, 'CSI');
  const checkpoints = Array.from({ length: 10 }, (_, i) => ({
    id: `bench-cp-${i + 1}`,
    name: `Checkpoint ${i + 1}`,
    dueDate: `2027-0${1 + (i % 9)}-15`,
    rollbackProcedure: 'Switch the routing back to the old queue and tell the service desk. '.repeat(20),
    decision: null,
    criteria: Array.from({ length: 5 }, (_, j) =>
      j % 2 === 0
        ? {
            id: `m${j}`,
            priority: j === 0 ? ('must' as const) : ('should' as const),
            kind: 'metric' as const,
            kpiId: 'mttr',
            kpiName: 'Mean time to restore',
            direction: 'decrease' as const,
            baseline: 240,
            requiredChangePct: 10,
            measured: j === 0 ? 200 : null,
          }
        : {
            id: `s${j}`,
            priority: 'should' as const,
            kind: 'manual' as const,
            statement: 'The service desk runs the new triage without help from the pilot team. '.repeat(3),
            judgement: 'not-judged' as const,
          },
    ),
  }));
  const commitments = Array.from({ length: 10 }, (_, i) => ({
    id: `bench-c-${i + 1}`,
    initiativeId: issueId,
    personId: i % 2 === 0 ? USERS.editor : USERS.viewer,
    personName: i % 2 === 0 ? 'Editor' : 'Viewer',
    hoursPerWeek: 4,
    start: '2026-11-02',
    end: '2027-03-26',
    requestedBy: USERS.editor,
    requestedAt: '2026-10-30T09:00:00.000Z',
  }));
  return { ...base, checkpoints: [...checkpoints, ...base.checkpoints].slice(0, 12), commitments };
}
