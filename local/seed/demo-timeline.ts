import { USERS } from '../product/demo-ids';
import type { productionDeps } from '../../src/adapters/deps';
import { loadSettings, saveSettings } from '../../src/adapters/storage/settings.repository';
import { recordDecision } from '../../src/application/decisions/record-decision.use-case';
import { rateInitiative } from '../../src/application/scoring/rate-initiative.use-case';
import { savePlan } from '../../src/application/scoring/save-plan.use-case';
import type { PanelCaller } from '../../src/application/scoring/panel.ports';
import { postProgressUpdate } from '../../src/application/scoring/post-progress-update.use-case';
import { rejectInitiative } from '../../src/application/scoring/reject-initiative.use-case';
import { recordInitiativeDecision } from '../../src/application/scoring/record-initiative-decision.use-case';
import { configChanges } from '../../src/domain/scoring/config-changes';
import type { DecisionDraft } from '../../src/domain/decision-log/decision-entry';
import { demoPlan } from './demo-plan';
import { decisionInputOf } from './decision-input-of';
import { demoDecisions, demoLifecycle, type DemoIssue } from './demo-decisions';
import { demoUpdates } from './demo-updates';
import { DEMO_NO_GO_PILOT, DEMO_OVERRIDE_PILOT, DEMO_PILOT } from './demo-checkpoints-plan';

/** One thing that happened in the demo's history, replayed `daysAgo` before the base date as `as`. */
export type Step = { daysAgo: number; as: string; run: (deps: ReturnType<typeof productionDeps>) => Promise<unknown> };

/** Records a demo decision through the panel's use case; returns its sequence number. */
async function replay(d: Parameters<Step['run']>[0], draft: DecisionDraft, accountId: string): Promise<number> {
  const input = decisionInputOf(draft);
  if (!input || !draft.subject) throw new Error(`Demo decision ${draft.type} has no panel form`);
  const { issueId, issueKey } = draft.subject;
  const result = await recordInitiativeDecision(
    d,
    { issue: { id: issueId, key: issueKey, type: 'Improvement' }, accountId, canEdit: true, isCsiAdmin: true },
    input,
  );
  if (!result.ok) throw new Error(`Demo decision refused: ${result.error.message}`);
  return result.value.decisions[0]?.seq ?? 0;
}

function caller(issue: DemoIssue, accountId: string): PanelCaller {
  return { issue: { id: issue.id, key: issue.key, type: 'Improvement' }, accountId, canEdit: true, isCsiAdmin: true };
}

/** The demo's nine months: plans, ratings, rejections, KPI readings, updates, decisions, config changes. */
export function timeline(issues: DemoIssue[]): Step[] {
  const steps: Step[] = [];
  for (const issue of issues) {
    const plan = demoPlan(issue.seed, issue.index);
    const age = issue.seed.createdDaysAgo;
    steps.push({
      daysAgo: age - 2,
      as: USERS.editor,
      run: (d) =>
        savePlan(d, caller(issue, USERS.editor), {
          plannedDurationDays: plan.plannedDurationDays,
          kpi: plan.kpi ? { ...plan.kpi, thresholdPct: null } : null,
        }),
    });
    for (const [n, rater] of plan.raters.entries()) {
      const ratings = Object.entries(rater.ratings).map(([criterionKey, rating]) => ({
        criterionKey,
        rating,
        rationale: 'Agreed in the CSI triage meeting',
      }));
      steps.push({
        daysAgo: age - 3 - n,
        as: rater.who,
        run: (d) => rateInitiative(d, caller(issue, rater.who), ratings),
      });
    }
    if (issue.seed.status === 'Rejected') {
      steps.push({
        daysAgo: issue.seed.updatedDaysAgo,
        as: USERS.csiAdmin,
        run: (d) =>
          rejectInitiative(d, caller(issue, USERS.csiAdmin), {
            reasonCategory: issue.index % 2 ? 'duplicate' : 'no-capacity',
            rationale:
              issue.index % 2
                ? 'Covered by the self-help portal initiative, which reaches the same users sooner.'
                : 'No facilitator capacity until Q3; the problem-management review covers the urgent part.',
            optionsConsidered: ['Merge into another initiative', 'Defer to next quarter', 'Reject'],
            revisitIf: 'Revisit if repeat incidents rise above 350 per month.',
          }),
      });
    }
    if (plan.kpiCurrent !== null) {
      steps.push({
        daysAgo: Math.max(0, issue.seed.updatedDaysAgo),
        as: USERS.editor,
        run: (d) => d.initiatives.update(issue.id, (r) => ({ ...r, kpiCurrent: plan.kpiCurrent })),
      });
    }
    for (const update of demoUpdates(issue.seed)) {
      steps.push({
        daysAgo: update.daysAgo,
        as: USERS.editor,
        run: (d) => postProgressUpdate(d, caller(issue, USERS.editor), update.input),
      });
    }
  }
  for (const decision of demoDecisions(issues)) {
    steps.push({
      daysAgo: decision.daysAgo,
      as: decision.actor,
      run: (d) => replay(d, decision.draft, decision.actor),
    });
  }
  let pausedSeq = 0;
  // Not one of the demo's checkpoint pilots: a paused initiative takes no checkpoint decisions.
  const pilots: readonly string[] = [DEMO_PILOT, DEMO_NO_GO_PILOT, DEMO_OVERRIDE_PILOT];
  const paused = issues.find((i) => i.seed.status === 'In Progress' && !pilots.includes(i.seed.summary)) as DemoIssue;
  const [pause, ...after] = demoLifecycle(paused, () => pausedSeq);
  if (pause) {
    steps.push({
      daysAgo: pause.daysAgo,
      as: pause.actor,
      run: async (d) => {
        pausedSeq = await replay(d, pause.draft, pause.actor);
      },
    });
  }
  for (const next of after) {
    steps.push({ daysAgo: next.daysAgo, as: next.actor, run: (d) => replay(d, next.draft, next.actor) });
  }
  steps.push(...configSteps());
  return steps;
}

/** Two real configuration changes (new versions, recorded in the log with who and why). */
function configSteps(): Step[] {
  const change = (daysAgo: number, weights: Record<string, number>, reason: string): Step => ({
    daysAgo,
    as: USERS.csiAdmin,
    run: async (d) => {
      const current = await loadSettings();
      const config = {
        ...current.config,
        version: current.config.version + 1,
        criteria: current.config.criteria.map((c) => ({ ...c, weight: weights[c.key] ?? c.weight })),
      };
      const actor = await d.identity.currentUser();
      await saveSettings({ ...current, config, changedBy: actor, changedAt: d.clock.now(), reason });
      return recordDecision(
        d.decisions,
        {
          type: 'scoring-config-changed',
          subject: null,
          summary: `Scoring configuration v${config.version}: ${configChanges(current.config, config)[0] ?? ''}`.slice(
            0,
            300,
          ),
          rationale: reason,
          optionsConsidered: [],
          payload: {
            fromVersion: current.config.version,
            toVersion: config.version,
            changes: configChanges(current.config, config),
          },
        },
        actor,
        d.clock.now(),
      );
    },
  });
  return [
    change(
      200,
      { 'strategic-alignment': 35 },
      'The steering committee asked for strategy to weigh more after the annual plan.',
    ),
    change(
      90,
      { risk: 25, effort: 30 },
      'CAB found risky pilots were being ranked too high; risk and effort now count more.',
    ),
  ];
}
