import { USERS } from '../product/demo-ids';
import { saveStopCriteria } from '../../src/application/stop-criteria/save-stop-criteria.use-case';
import type { PanelCaller } from '../../src/application/scoring/panel.ports';
import type { DemoIssue } from './demo-decisions';
import type { Step } from './demo-timeline';

/**
 * The demo's pause / terminate criteria (issue 10 item 4), declared by the CSI admin through the
 * real use case: the swarming pilot pauses if its score falls below a threshold just above its
 * score when declared (so it fires: the panel's banner and the project page's pilot watch show it),
 * and terminates after two checkpoints without KPI gain; the recurring-incidents pilot terminates
 * if its last checkpoint shows no KPI gain and pauses when its committed hours lapse.
 */
const DECLARED: ReadonlyArray<{
  summary: string;
  daysAgo: number;
  above: number | null;
  noGain: number;
  lapse: boolean;
}> = [
  { summary: 'Cut P1 incident resolution time with a swarming model', daysAgo: 3, above: 5, noGain: 2, lapse: false },
  { summary: 'Monthly review of the top ten recurring incidents', daysAgo: 30, above: null, noGain: 1, lapse: true },
];

export function stopCriteriaSteps(issues: DemoIssue[]): Step[] {
  return DECLARED.map((declared) => ({
    daysAgo: declared.daysAgo,
    as: USERS.csiAdmin,
    run: async (d) => {
      const issue = issues.find((i) => i.seed.summary === declared.summary);
      if (!issue) throw new Error(`Demo initiative missing: ${declared.summary}`);
      const caller: PanelCaller = {
        issue: { id: issue.id, key: issue.key, type: 'Improvement' },
        accountId: USERS.csiAdmin,
        canEdit: true,
        isCsiAdmin: true,
      };
      const score = (await d.initiatives.get(issue.id))?.computed.score ?? null;
      const criteria = [
        ...(declared.above !== null && score !== null
          ? [
              {
                id: 'score',
                kind: 'pause-if-score-below' as const,
                score: Math.min(100, Math.ceil(score) + declared.above),
              },
            ]
          : []),
        { id: 'no-gain', kind: 'terminate-if-no-kpi-gain' as const, checkpoints: declared.noGain },
        ...(declared.lapse ? [{ id: 'lapse', kind: 'pause-if-commitment-lapsed' as const }] : []),
      ];
      const saved = await saveStopCriteria(d, caller, criteria);
      if (!saved.ok) throw new Error(`Demo stop criteria refused: ${saved.error.message}`);
    },
  }));
}
