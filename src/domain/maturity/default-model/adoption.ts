import type { Criterion } from '../maturity-model';
import type { CapabilityLevel } from '../maturity.vocabulary';

/** The default criteria of the adoption dimension, by level: how far the practice has spread. */
export const ADOPTION: Readonly<Record<CapabilityLevel, readonly Criterion[]>> = {
  1: [
    { id: 'ado-1-aware', text: 'Teams in scope know the CSI programme exists and where its backlog is.' },
    { id: 'ado-1-first-team', text: 'At least one team runs an improvement through the CSI process.' },
    { id: 'ado-1-sponsor', text: 'A manager sponsors the programme openly in front of the teams.' },
  ],
  2: [
    { id: 'ado-2-enabled', text: 'The CSI issue types are enabled in the Jira projects of every participating team.' },
    { id: 'ado-2-guide', text: 'A short guide explains how to propose, score and review an improvement.' },
    {
      id: 'ado-2-advocates',
      text: 'Initiatives name an advocate in each affected team and record when they were engaged.',
    },
  ],
  3: [
    {
      id: 'ado-3-impact',
      text: 'Before rollout, an impact assessment describes what changes in the daily work of each affected role.',
    },
    {
      id: 'ado-3-training-gaps',
      text: 'Training is given where a knowledge check shows a gap for a role, and only there.',
    },
    { id: 'ado-3-most-teams', text: 'Most teams in scope raised or ran an initiative in the last two quarters.' },
  ],
  4: [
    {
      id: 'ado-4-usage',
      text: 'The use of new processes and tools is measured after rollout, and low use leads to follow-up.',
    },
    {
      id: 'ado-4-reports-used',
      text: 'Progress reports and the maturity page are used by the people they are for (page views or minutes as evidence).',
    },
    { id: 'ado-4-frontline', text: 'A steady share of initiatives comes from frontline suggestions.' },
  ],
  5: [
    {
      id: 'ado-5-own-initiative',
      text: 'Teams start improvements on their own as part of their normal work, without being asked.',
    },
    { id: 'ado-5-objectives', text: "Owners' scorecards are used in people's performance objectives." },
    { id: 'ado-5-onboarding', text: 'New staff learn the CSI process as part of their onboarding.' },
  ],
};
