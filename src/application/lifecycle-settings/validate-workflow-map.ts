import { LIFECYCLE_STAGES, type GateRule, type StageStatus } from '../../contracts/lifecycle-settings.contract';
import { err, ok, type Result } from '../../domain/result';

/** What an admin sends: stage → status pairs and gated target statuses with their conditions. */
export interface WorkflowMapDraft {
  projectKey: string;
  stages: StageStatus[];
  gates: GateRule[];
}

type Errors = Map<string, string[]>;
const add = (errors: Errors, path: string, message: string) => errors.set(path, [...(errors.get(path) ?? []), message]);

function checkStages(draft: WorkflowMapDraft, known: ReadonlySet<string>, errors: Errors): void {
  const stageAt = new Map<string, number>();
  const statusAt = new Map<string, number>();
  draft.stages.forEach(({ stage, status }, i) => {
    if (stageAt.has(stage))
      add(errors, `stages.${i}.stage`, `The stage ${stage} is mapped twice; map it to one status.`);
    else stageAt.set(stage, i);
    if (!known.has(status))
      add(errors, `stages.${i}.status`, `There is no status "${status}" in the workflow of ${draft.projectKey}.`);
    const first = statusAt.get(status);
    if (first !== undefined)
      add(
        errors,
        `stages.${i}.status`,
        `"${status}" is already mapped to the stage ${draft.stages[first]?.stage ?? ''}; a status stands for one stage.`,
      );
    else statusAt.set(status, i);
  });
}

function checkGates(draft: WorkflowMapDraft, known: ReadonlySet<string>, errors: Errors): void {
  const seen = new Set<string>();
  draft.gates.forEach(({ status, conditions }, i) => {
    if (!known.has(status))
      add(errors, `gates.${i}.status`, `There is no status "${status}" in the workflow of ${draft.projectKey}.`);
    if (seen.has(status)) add(errors, `gates.${i}.status`, `The transition into "${status}" is listed twice.`);
    seen.add(status);
    if (conditions.length === 0)
      add(errors, `gates.${i}.conditions`, 'Choose at least one condition, or remove this gated transition.');
    conditions.forEach((c, j) => {
      if (conditions.indexOf(c) !== j) add(errors, `gates.${i}.conditions.${j}`, `The condition ${c} is listed twice.`);
    });
  });
}

/**
 * Checks a mapping against the statuses Jira lists for the project's workflow: every status must
 * exist there, a stage maps to at most one status and a status to at most one stage, a gated
 * transition is listed once with at least one condition, each once. Answers the mapping in a
 * stable order (stages as the lifecycle lists them, gates as the workflow lists their statuses).
 *
 * @example
 * validateWorkflowMap({ projectKey: 'CSI', stages: [{ stage: 'piloting', status: 'Nope' }], gates: [] }, ['To Do']);
 * // err INVALID_INPUT, fieldErrors { 'stages.0.status': ['There is no status "Nope" in the workflow of CSI.'] }
 */
export function validateWorkflowMap(draft: WorkflowMapDraft, statuses: readonly string[]): Result<WorkflowMapDraft> {
  const known = new Set(statuses);
  const errors: Errors = new Map();
  checkStages(draft, known, errors);
  checkGates(draft, known, errors);
  if (errors.size > 0)
    return err({
      code: 'INVALID_INPUT',
      message: 'The workflow mapping has problems; nothing was saved.',
      fieldErrors: Object.fromEntries(errors),
    });
  const stageOrder = (s: StageStatus) => LIFECYCLE_STAGES.indexOf(s.stage);
  return ok({
    projectKey: draft.projectKey,
    stages: [...draft.stages].sort((a, b) => stageOrder(a) - stageOrder(b)),
    gates: [...draft.gates].sort((a, b) => statuses.indexOf(a.status) - statuses.indexOf(b.status)),
  });
}
