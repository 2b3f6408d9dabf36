import type { PanelData } from '../../contracts/issue-panel.contract';
import type { Checkpoint, SuccessCriterion } from '../../domain/checkpoints/checkpoint';
import type { CriterionPriority, ManualJudgement } from '../../domain/checkpoints/checkpoint.vocabulary';
import { validateCheckpoint } from '../../domain/checkpoints/validate-checkpoint';
import type { KpiDirection } from '../../domain/shared/kpi-direction.vocabulary';
import { type DomainError, err, type Result } from '../../domain/result';
import { getPanel } from '../scoring/get-panel.use-case';
import type { PanelCaller, PanelDeps } from '../scoring/panel.ports';
import { notTakingPart } from '../scoring/takes-part';
import { checkpointOf, projectKeyOf } from './checkpoint-effect';
import type { CheckpointRecord } from './checkpoint-record';
import { PILOT_LIMITS } from './pilot-record';

/** A criterion as an editor writes it; ids, the KPI id and empty results are filled in. */
export type CriterionInput =
  | {
      id?: string | undefined;
      kind: 'metric';
      priority: CriterionPriority;
      kpiName: string;
      direction: KpiDirection;
      baseline: number;
      requiredChangePct: number;
      measured?: number | null | undefined;
    }
  | {
      id?: string | undefined;
      kind: 'manual';
      priority: CriterionPriority;
      statement: string;
      judgement?: ManualJudgement | undefined;
    };

export interface CheckpointInput {
  /** Absent: a new checkpoint. */
  id?: string | undefined;
  name: string;
  dueDate: string;
  criteria: CriterionInput[];
  rollbackProcedure: string;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'kpi';

/** Ids for the criteria that have none: `c1`, `c2`... skipping those the others already use. */
function idsFor(criteria: CriterionInput[]): string[] {
  const taken = new Set(criteria.flatMap((c) => (c.id === undefined ? [] : [c.id])));
  let next = 1;
  return criteria.map((c) => {
    if (c.id !== undefined) return c.id;
    while (taken.has(`c${next}`)) next += 1;
    taken.add(`c${next}`);
    return `c${next}`;
  });
}

function criterionOf(c: CriterionInput, id: string): SuccessCriterion {
  if (c.kind === 'manual') {
    return { id, kind: 'manual', priority: c.priority, statement: c.statement, judgement: c.judgement ?? 'not-judged' };
  }
  return {
    id,
    kind: 'metric',
    priority: c.priority,
    kpiId: `kpi-${slug(c.kpiName)}`,
    kpiName: c.kpiName,
    direction: c.direction,
    baseline: c.baseline,
    requiredChangePct: c.requiredChangePct,
    measured: c.measured ?? null,
  };
}

/**
 * An editor adds a checkpoint to the initiative's pilot, or edits one not decided yet: a name, a due
 * date, 1 to PILOT_LIMITS.criteriaPerCheckpoint success criteria (metric or manual, each must or
 * should) and a rollback procedure, all required (domain `validateCheckpoint`). Criteria without an
 * id get the first free of `c1`, `c2`...; metrics without a measured value are not measured yet. The request id
 * commits with the pilot's write: a retry writes nothing. Refused with nothing written: any invalid
 * field (keyed as the payload's), a full pilot, an unknown or decided checkpoint.
 */
export async function saveCheckpoint(
  deps: PanelDeps,
  caller: PanelCaller,
  input: CheckpointInput,
  requestId: string,
): Promise<Result<PanelData>> {
  const { config } = await deps.settings.load();
  const refused = notTakingPart(config, caller);
  if (refused) return refused;
  const requestKey = deps.requests.key(caller.accountId, requestId);
  if (await deps.requests.seen(requestKey)) return getPanel(deps, caller);
  const id =
    input.id ??
    `cp-${deps.clock
      .id()
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 12)}`;
  const ids = idsFor(input.criteria);
  const checkpoint: Checkpoint = {
    id,
    name: input.name,
    dueDate: input.dueDate,
    criteria: input.criteria.map((c, i) => criterionOf(c, ids[i]!)),
    rollbackProcedure: input.rollbackProcedure,
  };
  const checked = validateCheckpoint(checkpoint);
  if (!checked.ok) return checked;
  let refusal: DomainError | undefined;
  await deps.pilots.update(
    caller.issue.id,
    projectKeyOf(caller.issue.key),
    (pilot) => {
      refusal = undefined;
      const existing = checkpointOf(pilot, id);
      if (input.id !== undefined && !existing) {
        refusal = fieldError('id', 'This initiative has no such checkpoint: reload the panel.');
        return undefined;
      }
      if (existing?.decision) {
        refusal = fieldError('id', `${existing.name} is decided: its criteria can no longer change.`);
        return undefined;
      }
      if (!existing && pilot.checkpoints.length >= PILOT_LIMITS.checkpoints) {
        refusal = fieldError('name', `A pilot has at most ${PILOT_LIMITS.checkpoints} checkpoints.`);
        return undefined;
      }
      const stored: CheckpointRecord = { ...checked.value, decision: null };
      const checkpoints = existing
        ? pilot.checkpoints.map((c) => (c.id === id ? stored : c))
        : [...pilot.checkpoints, stored];
      return { ...pilot, checkpoints };
    },
    { requestKey },
  );
  if (refusal) return err(refusal);
  return getPanel(deps, caller);
}

function fieldError(field: string, message: string): DomainError {
  return { code: 'INVALID_INPUT', message, fieldErrors: { [field]: [message] } };
}
