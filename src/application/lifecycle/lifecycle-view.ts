import type { LifecycleView, StageTone } from '../../contracts/lifecycle-view';
import { APP_DECISION_EVENTS, type LifecycleEvent } from '../../domain/lifecycle/lifecycle-event.vocabulary';
import { LIFECYCLE_LABELS } from '../../domain/lifecycle/lifecycle-labels';
import type { LifecycleStage } from '../../domain/lifecycle/lifecycle-stage.vocabulary';
import { acceptedEvents } from '../../domain/lifecycle/transition';
import type { InitiativeRecord } from '../initiative-record';
import { lifecycleOf } from './lifecycle-state';

const TONE: Record<LifecycleStage, StageTone> = {
  proposed: 'new',
  'under-review': 'new',
  approved: 'default',
  piloting: 'inprogress',
  'rolling-out': 'inprogress',
  done: 'success',
  'post-review': 'success',
  closed: 'success',
  rejected: 'removed',
  paused: 'moved',
  terminated: 'removed',
};

const MEANING: Record<LifecycleStage, string> = {
  proposed: 'Proposed: nobody has reviewed it yet.',
  'under-review': 'Under review: the CAB scores it and decides whether to approve or reject it.',
  approved: 'Approved: it may start its pilot once the gate conditions are met.',
  piloting: 'Piloting: it runs as a controlled experiment, decided at its checkpoints.',
  'rolling-out': 'Rolling out: the pilot passed and the change is being rolled out.',
  done: 'Done: delivered; a post-implementation review may follow.',
  'post-review':
    'In its post-implementation review: its owners fill the PIR, which checks the outcome against the plan.',
  closed: 'Closed: nothing more happens to it.',
  rejected: 'Rejected: the CAB decided not to do it. It cannot be approved or started unless reopened.',
  paused: 'Paused by a recorded decision: nothing moves until a CSI admin resumes or terminates it.',
  terminated: 'Terminated by a recorded decision: it cannot start again unless a CSI admin reopens it.',
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isDecision = (event: LifecycleEvent) => (APP_DECISION_EVENTS as readonly LifecycleEvent[]).includes(event);

/** What can happen next from `stage`, split by where it is done. */
function nextOf(stage: LifecycleStage): string {
  // Completing the PIR (the PIR tab) closes it; closing it in Jira stays possible.
  if (stage === 'post-review') return 'Next: complete the PIR in its tab, which closes the initiative.';
  const events = acceptedEvents(stage);
  if (events.length === 0) return 'Nothing more can happen; propose a new initiative instead.';
  const inPanel = events.filter(isDecision).filter((e) => !e.startsWith('checkpoint-'));
  const inJira = events.filter((e) => !isDecision(e));
  const parts: string[] = [];
  if (events.some((e) => e.startsWith('checkpoint-'))) parts.push('record checkpoint decisions in the CSI panel');
  if (inPanel.length > 0)
    parts.push(`${inPanel.map((e) => LIFECYCLE_LABELS.event[e]).join(', ')} in the CSI panel (with a reason)`);
  if (inJira.length > 0) parts.push(`${inJira.map((e) => LIFECYCLE_LABELS.event[e]).join(', ')} in the Jira workflow`);
  return `Next: ${parts.join('; ')}.`;
}

/**
 * The issue panel's (and the portfolio's) view of an initiative's lifecycle; null without a record.
 * Without the admins' mapping at hand (the panel reads none, to stay at its KVS cost), an older
 * record's stage is derived as `lifecycleOf` does without one (rejection, decisions, category).
 */
export function lifecycleView(record: InitiativeRecord | undefined): LifecycleView | null {
  if (!record) return null;
  const state = lifecycleOf(record);
  return {
    stage: state.stage,
    label: capital(LIFECYCLE_LABELS.stage[state.stage]),
    tone: TONE[state.stage],
    since: state.since.startsWith('1970-') ? null : state.since,
    pausedFrom: state.pausedFrom ?? null,
    latestVerdict: state.latestVerdict,
    jiraStatus: state.jiraStatus ?? null,
    meaning: MEANING[state.stage],
    next: nextOf(state.stage),
    canReopen: state.stage === 'rejected' || state.stage === 'terminated',
  };
}
