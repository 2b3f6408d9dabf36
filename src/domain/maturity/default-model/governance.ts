import type { Criterion } from '../maturity-model';
import type { CapabilityLevel } from '../maturity.vocabulary';

/** The default criteria of the governance dimension, by level: who steers the programme and how. */
export const GOVERNANCE: Readonly<Record<CapabilityLevel, readonly Criterion[]>> = {
  1: [
    { id: 'gov-1-owner', text: 'A named person owns the CSI programme, and the teams know who it is.' },
    {
      id: 'gov-1-purpose',
      text: 'The purpose and scope of the CSI programme are written down where the teams can read them.',
    },
    {
      id: 'gov-1-register',
      text: 'Improvement ideas are collected in one place (the CSI project in Jira), not in private lists.',
    },
  ],
  2: [
    { id: 'gov-2-steering', text: 'A steering group meets at least quarterly and its decisions are recorded.' },
    {
      id: 'gov-2-charter',
      text: 'The steering committee has a written charter naming its members, chair, quorum and remit.',
    },
    {
      id: 'gov-2-rationale',
      text: 'Decisions on initiatives (rejections, go / no-go, pauses) are recorded in the decision log with their rationale.',
      automaticCheck: 'decision-rationale',
    },
  ],
  3: [
    {
      id: 'gov-3-existing-bodies',
      text: 'The CAB or the service review meeting takes CSI items (checkpoints due, escalations, proposals) at every meeting.',
    },
    {
      id: 'gov-3-escalation',
      text: 'Escalation tiers with response times are defined, and unanswered reviews move to the next tier.',
    },
    {
      id: 'gov-3-terms',
      text: 'The CSI lead, the committee chair and the KPI owners hold their roles for a set term.',
    },
    {
      id: 'gov-3-strategy',
      text: 'Every initiative names the strategic objective it serves, and objectives have a review date.',
    },
  ],
  4: [
    {
      id: 'gov-4-gates',
      text: 'Workflow gates stop an initiative from starting without a complete score, a confirmed commitment and a go checkpoint.',
    },
    {
      id: 'gov-4-conflicts',
      text: 'Conflicting priorities between departments go to the committee with an impact assessment, and its decision is recorded.',
    },
    {
      id: 'gov-4-audit',
      text: 'The decision log is verified at least quarterly, and an export is given to auditors on request.',
    },
  ],
  5: [
    {
      id: 'gov-5-charter-review',
      text: "The steering committee reviews its charter and remit at least annually against the programme's results.",
    },
    {
      id: 'gov-5-strategy-input',
      text: "The programme's results and lessons are an input to the annual strategy review.",
    },
    {
      id: 'gov-5-benchmark',
      text: 'Governance is compared with an external reference (ITIL 4, peers) at least every two years, and gaps become initiatives.',
    },
  ],
};
