import type { LocalHost } from '../local/host';
import { PROJECTS, USERS } from '../local/product/demo-ids';
import { createRandom } from '../local/runtime/random';
import { productionDeps } from '../src/adapters/deps';
import { createMemo } from '../src/adapters/resolvers/memo';
import { pushProjection } from '../src/adapters/product/projection-queue';
import { appendDecision } from '../src/adapters/storage/decision-log.repository';
import { updateInitiative } from '../src/adapters/storage/initiative.repository';
import { newInitiative } from '../src/application/scoring/new-initiative';
import { rescoreRecord } from '../src/application/scoring/rescore-record';
import { numbersOf, retally } from '../src/application/scoring/rating-tally';

/**
 * Adds `count` rated initiatives to project CSI: the issues go straight into the product simulator
 * (setup, not what is measured); the app's records are written by the app's own repository and
 * projected to Jira through the official client, as a rating would.
 */
export async function addInitiatives(host: LocalHost, count: number, seed = 7): Promise<void> {
  const random = createRandom(seed);
  const at = new Date('2026-10-01T09:00:00.000Z').toISOString();
  const ids: Array<{ id: string; key: string }> = [];
  host.store.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const { id, key } = host.store.issues.allocate(PROJECTS.csi.id, PROJECTS.csi.key);
      host.store.issues.save({
        id,
        key,
        projectId: PROJECTS.csi.id,
        summary: `Generated initiative ${i + 1}`,
        description: '',
        issueType: { id: '10010', name: 'Improvement' },
        status: { name: 'To Do', statusCategory: 'new' },
        priority: 'Medium',
        labels: [],
        assigneeId: null,
        reporterId: USERS.editor,
        created: at,
        updated: at,
        duedate: null,
      });
      ids.push({ id: String(id), key });
    }
  });
  await host.runtime.run('bench-setup', 'bench.initiatives', USERS.editor, undefined, async () => {
    const deps = productionDeps(createMemo());
    const { config } = await deps.settings.load();
    for (const { id, key } of ids) {
      const rating = () => 1 + Math.floor(random() * 5);
      const facts = {
        id,
        key,
        projectKey: 'CSI',
        summary: key,
        status: 'To Do',
        statusCategory: 'new',
        issueType: 'Improvement',
        owner: null,
      };
      const ratings = Object.fromEntries(config.criteria.map((c) => [c.key, { rating: rating(), rationale: '' }]));
      // One drain for all of them (below), as the re-score queues one per event: a push per
      // initiative would pass the queue's 500 events a minute.
      await updateInitiative(
        id,
        (r) =>
          rescoreRecord(
            {
              ...r,
              // As a rating would leave it (bench setup: the rationales are empty, so no rating entry).
              tally: retally({}, {}, numbersOf(ratings)),
              raterSummaries: [
                {
                  rater: { accountId: USERS.editor, displayName: 'Eli Marsh' },
                  at,
                  rated: 1,
                  ratings: numbersOf(ratings),
                },
              ],
              raterCount: 1,
              plan: { plannedDurationDays: 30 + Math.floor(random() * 300), kpi: null },
            },
            config,
            null,
          ),
        () => newInitiative(facts, config),
        { queueProjection: false },
      );
    }
    await pushProjection();
  });
  await host.settle();
}

/** Appends `count` checkpoint decisions through the app's log repository (hash chain, head transaction). */
export async function addDecisions(host: LocalHost, count: number): Promise<void> {
  const issue = host.store.issues.find('CSI-1');
  if (!issue) throw new Error('CSI-1 missing');
  await host.runtime.run('bench-setup', 'bench.decisions', USERS.csiAdmin, undefined, async () => {
    for (let i = 0; i < count; i += 1) {
      await appendDecision(
        {
          type: 'checkpoint-decision',
          subject: { issueKey: issue.key, issueId: String(issue.id), projectKey: 'CSI' },
          summary: `Weekly checkpoint ${i + 1}`,
          rationale: 'Measured against the pilot criteria.',
          optionsConsidered: [],
          payload: {
            checkpointId: `cp-${i}`,
            checkpointName: 'Weekly checkpoint',
            verdict: 'go',
            recommended: 'go',
            override: false,
          },
        },
        { accountId: USERS.csiAdmin, displayName: 'Chen Okafor' },
        new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString(),
      );
    }
  });
}
