import { APP_DECISION_EVENTS, type LifecycleEvent } from '../../domain/lifecycle/lifecycle-event.vocabulary';
import type { LifecycleStage } from '../../domain/lifecycle/lifecycle-stage.vocabulary';
import { judgeJiraTransition } from '../../domain/lifecycle/judge-jira-transition';
import { statusForStage, type StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import { stagesForStatus } from '../../domain/lifecycle/stages-for-status';
import { acceptedEvents, transition } from '../../domain/lifecycle/transition';
import type { LifecycleRecord } from '../initiative-record';

/** The longest run of Jira-made moves one event may stand for (submit, approve, start, roll out, deliver...). */
const MAX_STEPS = 6;

const jiraMay = (event: LifecycleEvent) => !(APP_DECISION_EVENTS as readonly LifecycleEvent[]).includes(event);

/**
 * The shortest run of moves Jira may make (never a decision only the app records) from `state` to a
 * stage in `targets`, or null when there is none within {@link MAX_STEPS}.
 */
function jiraPath(state: LifecycleRecord, targets: readonly LifecycleStage[]): LifecycleStage | null {
  let frontier: LifecycleStage[] = [state.stage];
  const seen = new Set<LifecycleStage>(frontier);
  for (let step = 0; step < MAX_STEPS && frontier.length > 0; step += 1) {
    const next: LifecycleStage[] = [];
    for (const stage of frontier) {
      for (const event of acceptedEvents(stage).filter(jiraMay)) {
        const moved = transition(stage, event, { latestVerdict: state.latestVerdict });
        if (!moved.ok || seen.has(moved.value)) continue;
        if (targets.includes(moved.value)) return moved.value;
        seen.add(moved.value);
        next.push(moved.value);
      }
    }
    frontier = next;
  }
  return null;
}

/**
 * Where the app's lifecycle goes when Jira reports the issue at `status` (issue 10 item 1, Jira →
 * app), given the state before. The domain's `judgeJiraTransition` first: a status the stage maps
 * to changes nothing, a move Jira may make is followed. When the event stands for several moves at
 * once (events arrive late or out of order, so Jira may be two transitions ahead of the app's last
 * copy), the app follows along the shortest run of moves Jira itself may make. Otherwise the
 * move took a decision only the app records or contradicts it (the validator should have refused
 * it): `followed: false` and the state stays; Jira is moved back to the status the stage maps to.
 * A status outside the mapping changes nothing. `at` is when Jira made the move.
 */
export function followJira(
  state: LifecycleRecord,
  status: string,
  stages: StageStatusMap,
  at: string,
): { followed: boolean; lifecycle: LifecycleRecord } {
  const targets = stagesForStatus(stages, status);
  const judged = judgeJiraTransition(status, state, stages);
  const stage = judged.allowed ? judged.stage : jiraPath(state, targets);
  if (stage === null) return { followed: false, lifecycle: state };
  if (stage === state.stage) {
    const jiraStatus = targets.includes(stage) ? status : state.jiraStatus;
    return { followed: true, lifecycle: { ...state, ...(jiraStatus ? { jiraStatus } : {}) } };
  }
  const jiraStatus = targets.includes(stage) ? status : statusForStage(stages, stage);
  const { pausedFrom: _dropped, jiraStatus: _old, ...rest } = state;
  return {
    followed: true,
    lifecycle: { ...rest, stage, since: at, ...(jiraStatus ? { jiraStatus } : {}) },
  };
}
