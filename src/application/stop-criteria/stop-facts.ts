import { showsKpiGain } from '../../domain/checkpoints/shows-kpi-gain';
import type { LifecycleStage } from '../../domain/lifecycle/lifecycle-stage.vocabulary';
import type { StopFacts } from '../../domain/lifecycle/stop-criterion';
import type { InitiativeRecord } from '../initiative-record';
import type { PilotRecord } from '../pilot/pilot-record';

/**
 * The facts the pause / terminate criteria are evaluated over, from the initiative (its stage and
 * complete score) and, when the caller has it, its pilot: the checkpoint decisions in effect (an
 * override awaiting confirmation is not), oldest first, and the confirmed commitments. Without the
 * pilot both lists are empty, so only "score below" can be judged (see `refreshTriggers`' `only`).
 */
export function stopFacts(
  record: Pick<InitiativeRecord, 'computed'>,
  stage: LifecycleStage,
  pilot: PilotRecord | undefined,
  at: string,
): StopFacts {
  const decided = (pilot?.checkpoints ?? [])
    .flatMap((c) => (c.decision && (!c.decision.override || c.decision.confirmedBy) ? [{ c, d: c.decision }] : []))
    .sort((a, b) => a.d.decidedAt.localeCompare(b.d.decidedAt));
  return {
    stage,
    today: at.slice(0, 10),
    score: record.computed.complete ? record.computed.score : null,
    checkpoints: decided.map(({ c }) => ({ name: c.name, kpiGain: showsKpiGain(c.criteria) })),
    confirmedCommitments: (pilot?.commitments ?? [])
      .filter((c) => c.confirmedBy !== undefined)
      .map((c) => ({ start: c.start, end: c.end })),
  };
}
