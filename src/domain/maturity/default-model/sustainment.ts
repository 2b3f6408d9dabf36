import type { Criterion } from '../maturity-model';
import type { CapabilityLevel } from '../maturity.vocabulary';

/** The default criteria of the sustainment dimension, by level: whether improvements and the programme last. */
export const SUSTAINMENT: Readonly<Record<CapabilityLevel, readonly Criterion[]>> = {
  1: [
    {
      id: 'sus-1-documented',
      text: 'The changes an initiative makes are documented where the service team keeps its procedures.',
    },
    { id: 'sus-1-takeover', text: 'When an owner leaves, someone takes over their open initiatives.' },
    { id: 'sus-1-recheck', text: 'Someone checks from time to time whether past improvements still work.' },
  ],
  2: [
    { id: 'sus-2-archive', text: 'Finished initiatives are archived with their outcome and residual risks.' },
    { id: 'sus-2-term-alerts', text: 'Role terms ending within 30 days are flagged, and a successor is asked for.' },
    {
      id: 'sus-2-handover',
      text: 'A handover lists the KPIs, initiatives, pending decisions and PIR actions of an outgoing role holder.',
    },
  ],
  3: [
    {
      id: 'sus-3-benefit-checks',
      text: 'Every benefit check that fell due in the quarter (30 and 90 days after closure) is recorded.',
      automaticCheck: 'benefit-checks',
    },
    {
      id: 'sus-3-handover-confirmed',
      text: 'A handover closes only when each item is confirmed by the outgoing person or the committee.',
    },
    {
      id: 'sus-3-retention',
      text: 'KPI readings are kept for their retention period and never deleted while an open initiative, checkpoint or PIR cites them.',
    },
  ],
  4: [
    {
      id: 'sus-4-benefits-kept',
      text: 'Most benefit checks find the benefit kept, and a lost benefit opens a review.',
    },
    { id: 'sus-4-residual-risks', text: 'Residual risks named in PIRs have an owner and are reviewed until closed.' },
    { id: 'sus-4-strategy-current', text: 'No strategic objective is more than 30 days past its review date.' },
  ],
  5: [
    {
      id: 'sus-5-funding',
      text: 'The programme has recurring budget and capacity that do not depend on a single sponsor.',
    },
    { id: 'sus-5-successors', text: 'Every CSI role has a named successor ready before its term ends.' },
    {
      id: 'sus-5-reassessment',
      text: 'The maturity assessment is repeated every quarter, and each gap of the next level has an improvement issue.',
    },
  ],
};
