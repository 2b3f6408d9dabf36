import type { Criterion } from '../maturity-model';
import type { CapabilityLevel } from '../maturity.vocabulary';

/** The default criteria of the feedback loops dimension, by level: how results flow back into the work. */
export const FEEDBACK: Readonly<Record<CapabilityLevel, readonly Criterion[]>> = {
  1: [
    { id: 'fbk-1-suggestions', text: 'Frontline staff have a known way to raise an improvement suggestion.' },
    { id: 'fbk-1-reviews', text: 'Some finished changes are reviewed afterwards, even informally.' },
    { id: 'fbk-1-customers', text: 'Customer complaints and survey results reach the owner of the CSI programme.' },
  ],
  2: [
    { id: 'fbk-2-pir-rule', text: 'A written rule decides which changes need a post-implementation review (PIR).' },
    {
      id: 'fbk-2-pir-template',
      text: 'PIRs follow one template covering objectives, the KPI before and after, and lessons learned.',
    },
    { id: 'fbk-2-answers', text: 'Every suggestion gets an answer: accepted, merged, or declined with a reason.' },
  ],
  3: [
    {
      id: 'fbk-3-pirs-on-time',
      text: 'At least 80 % of the PIRs due in the quarter are completed by their due date.',
      automaticCheck: 'pirs-on-time',
    },
    { id: 'fbk-3-actions-tracked', text: 'Every PIR action is a Jira issue with an owner and a due date.' },
    {
      id: 'fbk-3-lessons',
      text: 'Lessons learned are tagged and searchable, and new initiatives cite the lessons they reuse.',
    },
  ],
  4: [
    {
      id: 'fbk-4-actions-on-time',
      text: 'At least 80 % of the PIR actions due in the quarter are done by their due date.',
      automaticCheck: 'pir-actions-on-time',
    },
    {
      id: 'fbk-4-breach-reviews',
      text: 'A KPI breach streak opens an improvement review, and reviews are answered within their tier time.',
    },
    {
      id: 'fbk-4-recurring-causes',
      text: 'Each quarter, lessons across PIRs are analysed for recurring causes, and recurring ones become initiatives.',
    },
  ],
  5: [
    {
      id: 'fbk-5-process-changes',
      text: 'Process adjustments named in PIRs change the CSI process itself, and each change is in the decision log.',
    },
    { id: 'fbk-5-close-loop', text: 'People who raised a suggestion or a lesson are told what came of it.' },
    {
      id: 'fbk-5-experiments',
      text: 'Pilots state a hypothesis up front, and the result is published whether it confirms or refutes it.',
    },
  ],
};
