import type { Criterion } from '../maturity-model';
import type { CapabilityLevel } from '../maturity.vocabulary';

/** The default criteria of the cross-team collaboration dimension, by level: how teams work together. */
export const COLLABORATION: Readonly<Record<CapabilityLevel, readonly Criterion[]>> = {
  1: [
    { id: 'col-1-contacts', text: 'Each team affected by CSI work has a named contact for improvement matters.' },
    {
      id: 'col-1-shared-issues',
      text: 'Initiatives that span teams are tracked in Jira where every team involved can see them.',
    },
    { id: 'col-1-informed', text: 'Affected teams are told before a change that touches their work goes live.' },
  ],
  2: [
    {
      id: 'col-2-commitment',
      text: "Every active initiative has a resource commitment confirmed by the owning service's owner.",
      automaticCheck: 'commitments',
    },
    {
      id: 'col-2-handoff-template',
      text: 'Handoffs between teams (operations, development, support) use a template with required items.',
    },
    {
      id: 'col-2-workshop-agenda',
      text: 'Cross-team workshops have an agenda with a decision objective and a timebox per item.',
    },
  ],
  3: [
    {
      id: 'col-3-dependencies',
      text: 'Every initiative approved in the quarter had its dependency review done before the decision.',
      automaticCheck: 'dependency-reviews',
    },
    {
      id: 'col-3-handoff-wait',
      text: 'The time each handoff waits is measured, and a returned handoff always gives a reason.',
    },
    {
      id: 'col-3-workshop-outcomes',
      text: 'Every workshop item ends with a recorded decision or an explicit "no decision" with a reason.',
    },
  ],
  4: [
    {
      id: 'col-4-joint-kpis',
      text: "KPIs shared by several teams show each team's contribution, and the teams review them together.",
    },
    { id: 'col-4-handoff-target', text: 'Handoff waiting times have a target, and most handoffs meet it.' },
    { id: 'col-4-impact', text: 'Each initiative has an impact assessment of the teams and roles it affects.' },
  ],
  5: [
    {
      id: 'col-5-joint-initiatives',
      text: 'Teams propose and run joint initiatives without the CSI lead brokering them.',
    },
    {
      id: 'col-5-protocol-review',
      text: 'Handoff templates are revised from what returned handoffs and lessons learned show.',
    },
    {
      id: 'col-5-vendors',
      text: 'Key vendors take part in improvement work, and their scorecards are reviewed at contract renewal.',
    },
  ],
};
