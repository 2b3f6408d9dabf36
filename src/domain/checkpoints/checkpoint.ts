import type { KpiDirection } from '../shared/kpi-direction.vocabulary';
import type { CriterionPriority, ManualJudgement } from './checkpoint.vocabulary';

interface CriterionBase {
  /** Unique within the checkpoint. */
  id: string;
  priority: CriterionPriority;
}

/**
 * Met when the measured value improves on the baseline, in the KPI's good direction, by at least
 * `requiredChangePct` percent of the baseline (the same relative change as the MVI check).
 */
export interface MetricCriterion extends CriterionBase {
  kind: 'metric';
  kpiId: string;
  /** The KPI's name when the criterion was written, for people. */
  kpiName: string;
  direction: KpiDirection;
  baseline: number;
  requiredChangePct: number;
  /** `null` until it is measured. */
  measured: number | null;
}

/** A statement a person judges, for example "The service desk can run the new triage unaided". */
export interface ManualCriterion extends CriterionBase {
  kind: 'manual';
  statement: string;
  judgement: ManualJudgement;
}

/** One success criterion of a checkpoint. */
export type SuccessCriterion = MetricCriterion | ManualCriterion;

/**
 * A go / no-go checkpoint of a pilot (domain.md section 2): agreed before the pilot, with the
 * criteria it is judged against and the rollback procedure a no-go turns into tracked work.
 *
 * @example
 * const cp: Checkpoint = { id: 'cp-1', name: 'Week 4', dueDate: '2026-03-02', criteria, rollbackProcedure: 'Switch the queue back' };
 */
export interface Checkpoint {
  id: string;
  name: string;
  /** A calendar date, `YYYY-MM-DD`. */
  dueDate: string;
  criteria: SuccessCriterion[];
  rollbackProcedure: string;
}
