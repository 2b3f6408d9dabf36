import type { PanelData } from '../../contracts/issue-panel.contract';
import type { SuccessCriterion } from '../../domain/checkpoints/checkpoint';
import type { ManualJudgement } from '../../domain/checkpoints/checkpoint.vocabulary';
import { validateCheckpoint } from '../../domain/checkpoints/validate-checkpoint';
import { type DomainError, err, type Result } from '../../domain/result';
import { getPanel } from '../scoring/get-panel.use-case';
import type { PanelCaller, PanelDeps } from '../scoring/panel.ports';
import { notTakingPart } from '../scoring/takes-part';
import { checkpointOf, projectKeyOf } from './checkpoint-effect';
import { measurable } from './checkpoint-view';

/** One result: a metric's measured value (null: not measured) or a statement's judgement. */
export type CriterionResult =
  { criterionId: string; measured: number | null } | { criterionId: string; judgement: ManualJudgement };

/**
 * An editor records measured values and judgements of a checkpoint's criteria, while it is open
 * (undecided or held), so the recommendation follows the
 * facts. Each result names a criterion of the checkpoint and fits its kind (a value for a metric, a
 * judgement for a statement); all or none are applied. The request id commits with the write.
 */
export async function recordMeasurements(
  deps: PanelDeps,
  caller: PanelCaller,
  checkpointId: string,
  results: CriterionResult[],
  requestId: string,
): Promise<Result<PanelData>> {
  const { config } = await deps.settings.load();
  const refused = notTakingPart(config, caller);
  if (refused) return refused;
  const requestKey = deps.requests.key(caller.accountId, requestId);
  if (await deps.requests.seen(requestKey)) return getPanel(deps, caller);
  let refusal: DomainError | undefined;
  await deps.pilots.update(
    caller.issue.id,
    projectKeyOf(caller.issue.key),
    (pilot) => {
      refusal = undefined;
      const checkpoint = checkpointOf(pilot, checkpointId);
      if (!checkpoint) {
        refusal = fieldError({ checkpointId: 'This initiative has no such checkpoint: reload the panel.' });
        return undefined;
      }
      if (!measurable(checkpoint.decision)) {
        refusal = fieldError({ checkpointId: `${checkpoint.name} is decided: its results can no longer change.` });
        return undefined;
      }
      const problems: Record<string, string> = {};
      const criteria = checkpoint.criteria.map((c) => ({ ...c })) as SuccessCriterion[];
      results.forEach((r, i) => {
        const target = criteria.find((c) => c.id === r.criterionId);
        if (!target) problems[`results.${i}.criterionId`] = 'This checkpoint has no such criterion.';
        else if (target.kind === 'metric' && 'measured' in r) target.measured = r.measured;
        else if (target.kind === 'manual' && 'judgement' in r) target.judgement = r.judgement;
        else
          problems[`results.${i}`] =
            target.kind === 'metric' ? 'Give a measured value for a metric' : 'Give a judgement for a statement';
      });
      if (Object.keys(problems).length > 0) {
        refusal = fieldError(problems);
        return undefined;
      }
      const checked = validateCheckpoint({ ...checkpoint, criteria });
      if (!checked.ok) {
        refusal = checked.error;
        return undefined;
      }
      return {
        ...pilot,
        checkpoints: pilot.checkpoints.map((c) => (c.id === checkpointId ? { ...c, criteria } : c)),
      };
    },
    { requestKey },
  );
  if (refusal) return err(refusal);
  return getPanel(deps, caller);
}

function fieldError(problems: Record<string, string>): DomainError {
  const fieldErrors = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, [v]]));
  return { code: 'INVALID_INPUT', message: Object.values(problems)[0] ?? 'Some results are not valid.', fieldErrors };
}
