import type { Criterion } from '../maturity-model';
import type { CapabilityLevel } from '../maturity.vocabulary';

/** The default criteria of the prioritisation dimension, by level: how the programme chooses its work. */
export const PRIORITISATION: Readonly<Record<CapabilityLevel, readonly Criterion[]>> = {
  1: [
    { id: 'pri-1-backlog', text: 'Proposed improvements are listed in one backlog the teams can see.' },
    { id: 'pri-1-problem', text: 'Each proposal says which problem or KPI it addresses.' },
    { id: 'pri-1-decider', text: 'A named person or group decides which proposals go ahead.' },
  ],
  2: [
    { id: 'pri-2-criteria', text: 'Initiatives are scored against written criteria with agreed weights.' },
    {
      id: 'pri-2-anchors',
      text: 'Each level of each scoring criterion has a written description that raters score against.',
    },
    { id: 'pri-2-rejections', text: 'Rejected proposals are recorded with a reason category.' },
  ],
  3: [
    {
      id: 'pri-3-complete-scores',
      text: 'Every active initiative has a complete score.',
      automaticCheck: 'complete-scores',
    },
    {
      id: 'pri-3-mvi',
      text: 'Every initiative names its target KPI, baseline and expected improvement, and meets the minimum viable improvement before approval.',
    },
    {
      id: 'pri-3-config-log',
      text: 'Every change to the scoring configuration is recorded in the decision log with who made it and why.',
    },
  ],
  4: [
    { id: 'pri-4-balance', text: 'The share of quick wins among active initiatives stays within the target band.' },
    {
      id: 'pri-4-alignment',
      text: 'Scores whose raters differ by 2 or more on a criterion are discussed and aligned before a decision.',
    },
    { id: 'pri-4-sprints', text: 'Delivery teams sort their backlog by the CSI score in sprint planning.' },
  ],
  5: [
    {
      id: 'pri-5-calibration',
      text: 'Scoring weights are recalibrated at least annually against the benefits initiatives actually delivered.',
    },
    { id: 'pri-5-revisit', text: 'A rejected proposal is taken up again when its "revisit if" condition is met.' },
    {
      id: 'pri-5-capacity',
      text: 'Initiatives start only within the capacity committed to CSI, and that limit is tracked.',
    },
  ],
};
