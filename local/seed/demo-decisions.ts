import type { DecisionDraft } from '../../src/domain/decision-log/decision-entry';
import type { SeedInitiative } from '../product/seed-initiatives';

export interface DemoIssue {
  seed: SeedInitiative;
  id: string;
  key: string;
  index: number;
}

/** A decision to replay, `daysAgo` before the seed's base date, by one of the seeded deciders. */
export interface DemoDecision {
  daysAgo: number;
  actor: 'u-csi-admin' | 'u-site-admin';
  draft: DecisionDraft;
}

const subjectOf = (i: DemoIssue) => ({ issueKey: i.key, issueId: i.id, projectKey: 'CSI' });

function checkpoint(
  i: DemoIssue,
  daysAgo: number,
  name: string,
  verdict: 'go' | 'hold' | 'no-go',
  recommended: 'go' | 'hold' | 'no-go',
  rationale: string,
): DemoDecision {
  return {
    daysAgo,
    actor: 'u-csi-admin',
    draft: {
      type: 'checkpoint-decision',
      subject: subjectOf(i),
      summary: `${name}: ${verdict.toUpperCase()} for ${i.key}`,
      rationale,
      optionsConsidered: ['Go', 'Hold for another measurement period', 'No-go and roll back'],
      payload: {
        checkpointId: `${i.key}-${name.toLowerCase().replace(/\s+/g, '-')}`,
        checkpointName: name,
        verdict,
        recommended,
        override: verdict !== recommended,
      },
    },
  };
}

/**
 * The CAB's decisions over the demo's nine months, derived from each initiative's state, so the
 * decision log macro has a realistic history (checkpoints, holds, an override, PIRs, a pause).
 */
export function demoDecisions(issues: DemoIssue[]): DemoDecision[] {
  const out: DemoDecision[] = [];
  for (const i of issues) {
    const age = i.seed.createdDaysAgo;
    const s = i.seed.status;
    if (['Approved', 'In Progress', 'Rolling Out', 'Done'].includes(s)) {
      out.push(
        checkpoint(
          i,
          age - 20,
          'Pilot gate',
          'go',
          'go',
          'Pilot KPI moved in the right direction for two weeks; rollback tested in staging.',
        ),
      );
    }
    if (s === 'In Progress' || s === 'Rolling Out') {
      out.push(
        checkpoint(
          i,
          Math.max(1, age - 40),
          'Mid-pilot review',
          'hold',
          'hold',
          'Only one of three teams is live; measure for another sprint before widening.',
        ),
      );
    }
    if (s === 'Rolling Out' || s === 'Done') {
      const override = i.key.endsWith('3');
      out.push(
        checkpoint(
          i,
          Math.max(1, age - 55),
          'Rollout readiness',
          'go',
          override ? 'hold' : 'go',
          override
            ? 'The must criterion on error budget is not measured yet, but the change window closes this month; the owner accepts the risk.'
            : 'All must criteria met; service owner confirmed support capacity.',
        ),
      );
    }
    if ((s === 'Rolling Out' || s === 'Done') && i.key.endsWith('3')) {
      out.push({
        daysAgo: Math.max(1, age - 55),
        actor: 'u-site-admin',
        draft: {
          type: 'override',
          subject: subjectOf(i),
          summary: `Override: rollout of ${i.key} approved against a HOLD recommendation`,
          rationale:
            'The change window closes this month; the service owner accepts the unmeasured error-budget risk and will report it at the next CAB.',
          optionsConsidered: ['Follow the recommendation and hold', 'Override and go'],
          payload: {
            overridden: 'checkpoint-recommendation',
            recommended: 'hold',
            decided: 'go',
            referenceId: `${i.key}-rollout-readiness`,
          },
        },
      });
    }
    if (s === 'To Do' && i.seed.assignee === null && i.seed.createdDaysAgo > 150) {
      out.push({
        daysAgo: 45,
        actor: 'u-csi-admin',
        draft: {
          type: 'terminate',
          subject: subjectOf(i),
          summary: `Terminated ${i.key}: no KPI gain after two checkpoints`,
          rationale:
            'The termination criterion declared at the start triggered: two checkpoints without a measurable KPI gain.',
          optionsConsidered: ['Terminate', 'Re-plan with a smaller scope'],
          payload: { trigger: 'No KPI gain after two checkpoints' },
        },
      });
    }
    // Done initiatives get their PIR through the real use cases instead (local/seed/demo-pir.ts).
  }
  return out.sort((a, b) => b.daysAgo - a.daysAgo);
}

/** A pause, its resume and a correction, referring to entries by sequence number once they exist. */
export function demoLifecycle(issue: DemoIssue, pausedSeq: () => number): DemoDecision[] {
  return [
    {
      daysAgo: 33,
      actor: 'u-csi-admin',
      draft: {
        type: 'pause',
        subject: subjectOf(issue),
        summary: `Paused ${issue.key}: score fell below 40`,
        rationale:
          'The pause criterion "score below 40" triggered after re-scoring; the committee paused the work pending a new estimate.',
        optionsConsidered: ['Pause', 'Continue', 'Terminate'],
        payload: { trigger: 'Score below 40' },
      },
    },
    {
      daysAgo: 24,
      actor: 'u-csi-admin',
      get draft(): DecisionDraft {
        return {
          type: 'resume',
          subject: subjectOf(issue),
          summary: `Resumed ${issue.key}`,
          rationale: 'A cheaper approach brought the effort down; the score is back above the threshold.',
          optionsConsidered: [],
          payload: { pausedSeq: pausedSeq() },
        };
      },
    },
    {
      daysAgo: 23,
      actor: 'u-csi-admin',
      get draft(): DecisionDraft {
        return {
          type: 'correction',
          subject: subjectOf(issue),
          summary: `Correction to the pause of ${issue.key}`,
          rationale:
            'The pause was triggered by the score falling to 38, not 40 as recorded; entries are never edited, so this corrects it.',
          optionsConsidered: [],
          payload: { correctsSeq: pausedSeq() },
        };
      },
    },
  ];
}
