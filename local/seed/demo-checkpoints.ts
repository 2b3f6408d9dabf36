import { USERS } from '../product/demo-ids';
import type { productionDeps } from '../../src/adapters/deps';
import { rollbackJira } from '../../src/adapters/product/rollback-jira';
import type { CheckpointDeps } from '../../src/application/pilot/checkpoint.ports';
import { confirmCheckpointOverride } from '../../src/application/pilot/checkpoint-confirm.use-case';
import { decideCheckpoint } from '../../src/application/pilot/checkpoint-decide.use-case';
import { saveCheckpoint } from '../../src/application/pilot/checkpoint-save.use-case';
import type { PanelCaller } from '../../src/application/scoring/panel.ports';
import type { Result } from '../../src/domain/result';
import type { DemoIssue } from './demo-decisions';
import type { Step } from './demo-timeline';
import { DECISIONS, DEMO_OVERRIDE_PILOT, DUE, plan } from './demo-checkpoints-plan';

export { DEMO_NO_GO_PILOT, DEMO_OVERRIDE_PILOT, DEMO_PILOT } from './demo-checkpoints-plan';

type SeedDeps = ReturnType<typeof productionDeps>;

/**
 * The demo pilots' checkpoints (issue 10 items 2 and 8), in every state, written by the real use
 * cases (the rollback issue through the real Jira adapter, as the decider) with back-dated clocks:
 *
 * - the swarming pilot (`DEMO_PILOT`): "Week 2 review" go, "Week 6 review" hold, "Week 10 review"
 *   open with a failed must (recommended no-go: the browser test records it);
 * - the recurring-incidents pilot: "Pilot gate" no-go, with its rollback issue;
 * - the alert-noise rollout: "Rollout gate" an override (go against no-go) confirmed by a second
 *   CSI admin, and "Wider rollout" an override (go against hold) awaiting confirmation.
 */

/** The date `days` calendar days after the instant `now` (the step's back-dated clock). */
const daysAfter = (now: string, days: number): string =>
  new Date(Date.parse(now) + days * 86_400_000).toISOString().slice(0, 10);

function ensure<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`Demo checkpoint ${what} refused: ${result.error.message}`);
  return result.value;
}

/** The stored id of a demo checkpoint (the save use case makes `cp-` and the clock's next id). */
export const demoCheckpointId = (seedId: string): string => `cp-${seedId.replace(/[^A-Za-z0-9]/g, '')}`;

/**
 * The demo checkpoints (see the module comment) as seed steps, replayed in time order with the rest
 * of the demo's history; each runs a real use case with the seed's back-dated deps, plus the real
 * Jira adapter for the rollback issue.
 */
export function checkpointSteps(issues: DemoIssue[]): Step[] {
  const issueOf = (summary: string): DemoIssue => {
    const found = issues.find((i) => i.seed.summary === summary);
    if (!found) throw new Error(`Demo pilot missing: ${summary}`);
    return found;
  };
  const callerOf = (summary: string, accountId: string): PanelCaller => {
    const issue = issueOf(summary);
    return { issue: { id: issue.id, key: issue.key, type: 'Improvement' }, accountId, canEdit: true, isCsiAdmin: true };
  };
  const deps = (d: SeedDeps, id?: string): CheckpointDeps => ({
    ...d,
    rollback: rollbackJira,
    ...(id ? { clock: { now: () => d.clock.now(), id: () => id } } : {}),
  });
  const plans = plan();
  const pilotOf = (id: string) => plans.find((p) => p.checkpoint.id === id)!.issue;
  const steps: Step[] = plans.map(({ issue, checkpoint }) => {
    const seedId = checkpoint.id ?? '';
    const { due, saved } = DUE[seedId]!;
    return {
      daysAgo: saved,
      as: USERS.editor,
      run: async (d) => {
        const input = { ...checkpoint, id: undefined, dueDate: daysAfter(d.clock.now(), saved - due) };
        const caller = callerOf(issue, USERS.editor);
        return ensure(await saveCheckpoint(deps(d, seedId), caller, input, `seed-${seedId}`), 'save');
      },
    };
  });
  for (const decision of DECISIONS) {
    const summary = pilotOf(decision.id);
    steps.push({
      daysAgo: decision.daysAgo,
      as: decision.as,
      run: async (d) =>
        ensure(
          await decideCheckpoint(
            deps(d),
            callerOf(summary, decision.as),
            { checkpointId: demoCheckpointId(decision.id), verdict: decision.verdict, rationale: decision.rationale },
            `seed-decide-${decision.id}`,
          ),
          'decision',
        ),
    });
  }
  // A second CSI admin confirms the rollout gate's override; the wider rollout's still waits.
  steps.push({
    daysAgo: 37,
    as: USERS.siteAdmin,
    run: async (d) =>
      ensure(
        await confirmCheckpointOverride(
          deps(d),
          callerOf(DEMO_OVERRIDE_PILOT, USERS.siteAdmin),
          demoCheckpointId('rollout-gate'),
          'seed-confirm-rollout-gate',
        ),
        'confirmation',
      ),
  });
  return steps;
}
