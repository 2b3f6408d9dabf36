import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import type { StoredWorkflowMap } from '../lifecycle-settings/lifecycle-settings.ports';

/**
 * The CSI admins' workflow mapping as the lifecycle uses it (one KVS get, memoised per invocation
 * like the settings): `stages()` is the stage → status mapping a lifecycle move needs to know where
 * Jira follows; `map()` the whole saved mapping (version 0: none saved) with the gated transitions.
 */
export interface WorkflowPort {
  stages(): Promise<StageStatusMap>;
  map(): Promise<StoredWorkflowMap>;
}
