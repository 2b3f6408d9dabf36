import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import * as z from 'zod';
import type { InitiativeRecord } from '../../application/initiative-record';
import { lifecycleOf } from '../../application/lifecycle/lifecycle-state';
import type { PilotRecord } from '../../application/pilot/pilot-record';
import type { PirRecord } from '../../application/pir/pir-record';
import { closedOnOf } from '../../application/pir/pir-schedule';
import type { LifecycleStage } from '../../domain/lifecycle/lifecycle-stage.vocabulary';
import { benefitCheckDates } from '../../domain/pir/benefit-check-dates';
import type { DecisionEntity } from '../storage/decision.entity';
import { fromEntity, initiativeEntity, type InitiativeEntity } from '../storage/initiative.entity';
import { decisionKey, ENTITIES } from '../storage/keys';
import { fromPilotEntity } from '../storage/pilot.repository';
import { allPirs } from '../storage/pir.repository';
import { loadWorkflowMap } from '../storage/workflow-map.repository';

/** A quarter's first day and the first day after it (`YYYY-MM-DD`, UTC for instants). */
export interface QuarterDays {
  from: string;
  until: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The days of a quarter `YYYY-Qn` (checked by the caller): 2026-Q3 is 2026-07-01 until 2026-10-01. */
export function quarterDays(period: string): QuarterDays {
  const year = Number(period.slice(0, 4));
  const n = Number(period.slice(6));
  const from = `${pad(year, 4)}-${pad(3 * n - 2)}-01`;
  const until = n === 4 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(3 * n + 1)}-01`;
  return { from, until };
}

const within = (q: QuarterDays, day: string) => day >= q.from && day < q.until;

/** Decision-log pages read at most (100 entries each), newest first: beyond, older entries of the quarter are not counted. */
export const MAX_DECISION_PAGES = 50;
const rationaleSchema = z.object({ rationale: z.string() });

/**
 * Entries recorded in the quarter (their `at`, UTC) and those with a non-blank rationale: index
 * `by-seq` newest first, a page of 100 at a time, until a page reaches an entry older than the
 * quarter, the cursor is gone or MAX_DECISION_PAGES were read. Copies under another key are skipped.
 */
export async function countDecisions(q: QuarterDays) {
  let decisionsLastQuarter = 0;
  let decisionsWithRationale = 0;
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_DECISION_PAGES; pages += 1) {
    let query = kvs
      .entity<DecisionEntity>(ENTITIES.decision)
      .query()
      .index('by-seq')
      .where(WhereConditions.greaterThan(0))
      .sort(Sort.DESC)
      .limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    let older = false;
    for (const { key, value } of page.results) {
      if (typeof value.seq !== 'number' || key !== decisionKey(value.seq) || typeof value.at !== 'string') continue;
      const day = value.at.slice(0, 10);
      if (day < q.from) older = true;
      if (!within(q, day)) continue;
      decisionsLastQuarter += 1;
      const entry = rationaleSchema.safeParse(value.entry);
      if (entry.success && entry.data.rationale.trim() !== '') decisionsWithRationale += 1;
    }
    cursor = page.nextCursor;
    if (older || !cursor) break;
  }
  return { decisionsLastQuarter, decisionsWithRationale };
}

/** Initiative pages read at most (100 each, filtered on `active`). */
export const MAX_INITIATIVE_PAGES = 20;
const ACTIVE_STAGES: readonly LifecycleStage[] = ['approved', 'piloting', 'rolling-out'];

/** The initiatives not done nor rejected (index `by-score`, filter `active`), page by page, up to MAX_INITIATIVE_PAGES. */
async function openInitiatives(): Promise<InitiativeRecord[]> {
  const out: InitiativeRecord[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_INITIATIVE_PAGES; pages += 1) {
    let query = initiativeEntity()
      .query()
      .index('by-score')
      .where(WhereConditions.greaterThanEqualTo(-1))
      .sort(Sort.DESC)
      .filters(new Filter<InitiativeEntity>().and('active', FilterConditions.equalTo(true)))
      .limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    out.push(...page.results.map((r) => fromEntity(r.value)));
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return out;
}

/** Pilots by issue id: one `kvs.batchGet` per 25 keys (storage-reference/entities-batch); a missing one is absent. */
async function pilotsByIds(issueIds: readonly string[]): Promise<Map<string, PilotRecord>> {
  const out = new Map<string, PilotRecord>();
  for (let start = 0; start < issueIds.length; start += 25) {
    const keys = issueIds.slice(start, start + 25).map((key) => ({ key, entityName: ENTITIES.pilot }));
    const { successfulKeys, failedKeys } = await kvs.batchGet(keys);
    const failed = failedKeys.find((f) => f.error.code !== 'KEY_NOT_FOUND');
    if (failed) throw new Error(`Could not read pilot ${failed.key}: ${failed.error.code}`);
    for (const k of successfulKeys) out.set(k.key, fromPilotEntity(k.value));
  }
  return out;
}

/**
 * As of now: active initiatives (stage approved, piloting or rolling out, older records' stage
 * derived with the admins' workflow mapping), those with a complete score and those whose pilot has
 * a confirmed commitment. In the quarter: initiatives approved in it, those still at `approved`
 * since a day of the quarter (the app keeps no approval time once an initiative moves on), and of
 * them those whose dependency review was recorded at or before the approval.
 */
export async function countInitiatives(q: QuarterDays) {
  const [open, map] = await Promise.all([openInitiatives(), loadWorkflowMap()]);
  const active = open.flatMap((record) => {
    const lifecycle = lifecycleOf(record, map.stages);
    return ACTIVE_STAGES.includes(lifecycle.stage) ? [{ record, lifecycle }] : [];
  });
  const pilots = await pilotsByIds(active.map((a) => a.record.issueId));
  const approved = active.filter((a) => a.lifecycle.stage === 'approved' && within(q, a.lifecycle.since.slice(0, 10)));
  return {
    activeInitiatives: active.length,
    activeWithCompleteScore: active.filter((a) => a.record.computed.complete).length,
    activeWithCommitment: active.filter((a) =>
      pilots.get(a.record.issueId)?.commitments.some((c) => c.confirmedBy !== undefined),
    ).length,
    approvedLastQuarter: approved.length,
    approvedWithDependencyReview: approved.filter((a) => {
      const review = pilots.get(a.record.issueId)?.dependencyReview;
      return review != null && review.reviewedAt <= a.lifecycle.since;
    }).length,
  };
}

/** A PIR's follow-up actions (the values of its `actions` sections). */
const actionsOf = (pir: PirRecord) => Object.values(pir.values).flatMap((v) => (v.kind === 'actions' ? v.actions : []));

/**
 * From one pass over the PIRs (`allPirs`, at most LIBRARY_PIRS): PIRs due in the quarter and those
 * completed by their due date (the completion's day in the PIR's time zone); actions due in it and
 * those done (the app keeps no time of completion, so a done action counts as done on time);
 * benefit checks (+30 and +90 days after closure) due in it and those recorded.
 */
export async function countPirs(q: QuarterDays) {
  const counts = {
    pirsDueLastQuarter: 0,
    pirsCompletedOnTime: 0,
    pirActionsDueLastQuarter: 0,
    pirActionsDoneOnTime: 0,
    benefitChecksDueLastQuarter: 0,
    benefitChecksRecorded: 0,
  };
  for await (const page of allPirs()) {
    for (const pir of page) {
      const closedOn = closedOnOf(pir);
      if (within(q, pir.dueDate)) {
        counts.pirsDueLastQuarter += 1;
        if (closedOn !== null && closedOn <= pir.dueDate) counts.pirsCompletedOnTime += 1;
      }
      for (const action of actionsOf(pir).filter((a) => within(q, a.dueDate))) {
        counts.pirActionsDueLastQuarter += 1;
        if (action.status === 'done') counts.pirActionsDoneOnTime += 1;
      }
      const due = closedOn === null ? [] : benefitCheckDates(closedOn).filter((c) => within(q, c.dueDate));
      counts.benefitChecksDueLastQuarter += due.length;
      counts.benefitChecksRecorded += due.filter((c) => pir.benefitChecks.some((b) => b.days === c.days)).length;
    }
  }
  return counts;
}
