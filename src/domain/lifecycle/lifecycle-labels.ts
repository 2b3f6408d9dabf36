import type { LifecycleEvent } from './lifecycle-event.vocabulary';
import { LIFECYCLE_STAGE_LABELS, type LifecycleStage } from './lifecycle-stage.vocabulary';

/**
 * The words people read for each stage and event: a stage as an adjective-like phrase ("rolling
 * out"), an event as what a person does ("start the pilot"). Refusal messages are built from them.
 *
 * @example
 * `This initiative is ${LIFECYCLE_LABELS.stage.rejected}`; // 'This initiative is rejected'
 */
export const LIFECYCLE_LABELS: {
  stage: Record<LifecycleStage, string>;
  event: Record<LifecycleEvent, string>;
} = {
  stage: LIFECYCLE_STAGE_LABELS,
  event: {
    submitted: 'submit it for review',
    approved: 'approve it',
    rejected: 'reject it',
    'pilot-started': 'start the pilot',
    'checkpoint-go': 'record a go at a checkpoint',
    'checkpoint-no-go': 'record a no-go at a checkpoint',
    'checkpoint-hold': 'record a hold at a checkpoint',
    'rollout-started': 'start the rollout',
    delivered: 'mark it delivered',
    'pir-started': 'start the post-implementation review',
    closed: 'close it',
    paused: 'pause it',
    resumed: 'resume it',
    terminated: 'terminate it',
    reopened: 'reopen it',
  },
};
