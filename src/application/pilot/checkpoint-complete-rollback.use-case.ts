import type { PanelData } from '../../contracts/issue-panel.contract';
import type { Result } from '../../domain/result';
import { getPanel } from '../scoring/get-panel.use-case';
import type { PanelCaller } from '../scoring/panel.ports';
import { checkpointOf, refuse } from './checkpoint-effect';
import { ensureRollbackIssue } from './checkpoint-rollback';
import { needsRollback } from './checkpoint-view';
import type { CheckpointDeps } from './checkpoint.ports';

/**
 * A CSI admin asks again for a no-go's missing rollback issue (Jira refused the first create, or
 * the call that decided died before it): created once (see `ensureRollbackIssue`), so pressing it
 * twice, or with the same request id, still makes one issue. Refused, nothing written, for a
 * checkpoint that needs none (unknown, not a no-go in effect, or its issue exists).
 */
export async function completeRollback(
  deps: CheckpointDeps,
  caller: PanelCaller,
  checkpointId: string,
  _requestId: string,
): Promise<Result<PanelData>> {
  const { record, pilot } = await deps.pilots.readWithInitiative(caller.issue.id);
  const checkpoint = checkpointOf(pilot, checkpointId);
  if (!checkpoint) return refuse('checkpointId', 'This initiative has no such checkpoint: reload the panel.');
  if (record && needsRollback(checkpoint.decision)) await ensureRollbackIssue(deps, record, checkpointId);
  else if (checkpoint.decision?.rollbackIssueKey === undefined) {
    return refuse('checkpointId', `${checkpoint.name} has no no-go in effect: it needs no rollback issue.`);
  }
  return getPanel(deps, caller);
}
