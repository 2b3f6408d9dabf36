import { lifecycleOf } from '../../src/application/lifecycle/lifecycle-state';
import { demoDecisions, type DemoIssue } from './demo-decisions';
import type { Step } from './demo-timeline';
import { USERS } from '../product/demo-ids';

/**
 * The demo's lifecycle (issue 10 item 1), replayed with the rest of its history:
 * - the initiatives the CAB terminates (CSI-6 among them) had been approved in the app before their
 *   Jira status was moved back to To Do by hand (the report's "terminated initiative shows To Do"):
 *   their stage is set to approved just before the termination, which the lifecycle then accepts;
 *   the demo mapping has no terminated status, so Jira keeps To Do and the banner says terminated;
 * - at the end every initiative without a stored lifecycle gets the one derived from its record
 *   and the demo's workflow mapping, as a migration of older records would write it, so every
 *   surface shows the stage the mapping gives (the panel derives without the mapping).
 */
export function lifecycleSteps(issues: DemoIssue[]): Step[] {
  const steps: Step[] = [];
  for (const decision of demoDecisions(issues)) {
    const subject = decision.draft.subject;
    if (decision.draft.type !== 'terminate' || !subject) continue;
    steps.push({
      daysAgo: decision.daysAgo + 0.5,
      as: USERS.csiAdmin,
      run: async (d) => {
        const since = new Date(Date.parse(d.clock.now())).toISOString();
        await d.initiatives.update(subject.issueId, (r) => ({
          ...r,
          lifecycle: { stage: 'approved', since, latestVerdict: null },
        }));
      },
    });
  }
  steps.push({
    daysAgo: 0,
    as: USERS.csiAdmin,
    run: async (d) => {
      const stages = await d.workflow.stages();
      for (const issue of issues)
        await d.initiatives.update(issue.id, (r) =>
          r.lifecycle ? undefined : { ...r, lifecycle: lifecycleOf(r, stages) },
        );
    },
  });
  return steps;
}
