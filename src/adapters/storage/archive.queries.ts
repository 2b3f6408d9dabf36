import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type { ArchivePorts } from '../../application/pir/archive.use-case';
import type { ArchiveDecision } from '../../contracts/archive.contract';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { indexProblem } from '../../domain/decision-log/entry-index';
import type { DecisionEntity } from './decision.entity';
import { storedRow } from './decisions-after';
import { initiativesByIds } from './initiative.queries';
import { ENTITIES } from './keys';
import { fromPirEntity, type PirEntity } from './pir.repository';

/**
 * One page of a project's completed PIRs, latest due date first: index `by-project-due` (partition
 * the project), filtered on `state`. The filter runs on the page the store read, so a page can be
 * short or empty and still carry a cursor (callers page on). Never reads another project's PIRs
 * nor any initiative without one.
 */
export const completedPirs: ArchivePorts['completed'] = async (q) => {
  let query = kvs
    .entity<PirEntity>(ENTITIES.pir)
    .query()
    .index('by-project-due', { partition: [q.projectKey] })
    .where(WhereConditions.greaterThan(''))
    .sort(Sort.DESC)
    .filters(new Filter<PirEntity>().and('state', FilterConditions.equalTo('completed')))
    .limit(q.limit);
  if (q.cursor) query = query.cursor(q.cursor);
  const page = await query.getMany();
  const pirs = page.results.map((r) => fromPirEntity(r.value));
  return page.nextCursor ? { pirs, nextCursor: page.nextCursor } : { pirs };
};

/** The initiatives' summaries by issue id (batch gets of 25). */
export const initiativeSummaries: ArchivePorts['summaries'] = async (issueIds) =>
  new Map((await initiativesByIds(issueIds)).map((r) => [r.issueId, r.summary]));

/** An issue's decisions are few; past this many pages the history is cut rather than read on. */
const MAX_ISSUE_PAGES = 10;

/**
 * The decision-log entries about an issue, oldest first, from the issue's index partition
 * (`by-issue`). Only an entry whose index attributes match its hashed content counts (a moved or
 * forged one is skipped, as `latestAboutIssue` does).
 */
export const decisionsAboutIssue: ArchivePorts['decisionsAbout'] = async (issueKey) => {
  const out: ArchiveDecision[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_ISSUE_PAGES; pages += 1) {
    let query = kvs
      .entity<DecisionEntity>(ENTITIES.decision)
      .query()
      .index('by-issue', { partition: [issueKey] })
      .where(WhereConditions.greaterThan(0))
      .sort(Sort.ASC)
      .limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    for (const r of page.results) {
      const row = storedRow(r.key, r.value);
      if (row.misplaced || row.index === undefined || indexProblem(row.entry, row.index) !== null) continue;
      const e = row.entry as DecisionEntry;
      out.push({ seq: e.seq, at: e.at, type: e.type, summary: e.summary, actorName: e.actorName ?? null });
    }
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return out;
};
