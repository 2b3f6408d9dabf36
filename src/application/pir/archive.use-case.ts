import type { ArchiveBenefitCheck, ArchiveDecision, ArchivePage, ArchiveRow } from '../../contracts/archive.contract';
import { benefitCheckDates } from '../../domain/pir/benefit-check-dates';
import { keepBrowsable, type IssueVisibilityPort } from '../issue-visibility';
import type { PirRecord } from './pir-record';
import { closedOnOf } from './pir-schedule';

/** The archive's reads: completed PIRs of a project through an index, initiatives' summaries, decisions about an issue. */
export interface ArchivePorts extends IssueVisibilityPort {
  /** One store page of the project's completed PIRs (a filtered page may be short and still carry a cursor). */
  completed(q: {
    projectKey: string;
    cursor?: string;
    limit: number;
  }): Promise<{ pirs: PirRecord[]; nextCursor?: string }>;
  /** Initiative summaries by issue id (one batch get). */
  summaries(issueIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
  /** The decision-log entries about an issue, oldest first. */
  decisionsAbout(issueKey: string): Promise<ArchiveDecision[]>;
}

/** Store pages read per screen at most; past it the page is short and offers "more". */
const MAX_STORE_PAGES = 10;

/**
 * One page of the archive: the project's completed PIRs (index `by-project-due`, completed only),
 * without those about issues the reader may not browse, each with its initiative's summary and
 * its decision count. A filtered or hidden-heavy store page is followed by the next one until the
 * page is full, the cursor is gone or `MAX_STORE_PAGES` were read.
 */
export async function archivePage(
  ports: ArchivePorts,
  req: { projectKey: string; cursor?: string; limit: number },
): Promise<ArchivePage> {
  const page = await visibleCompleted(ports, req, MAX_STORE_PAGES);
  const [summaries, decisions] = await Promise.all([
    ports.summaries(page.pirs.map((p) => p.issueId)),
    Promise.all(page.pirs.map((p) => ports.decisionsAbout(p.issueKey))),
  ]);
  const rows = page.pirs.map((pir, i) => ({
    ...archiveFacts(pir, summaries.get(pir.issueId) ?? ''),
    decisions: { count: decisions[i]!.length, logSearch: pir.issueKey },
  }));
  return { rows, nextCursor: page.nextCursor ?? null };
}

/** Up to `limit` completed PIRs the reader may browse, following the store cursor. */
export async function visibleCompleted(
  ports: Pick<ArchivePorts, 'completed' | 'browsable'>,
  q: { projectKey: string; cursor?: string; limit: number },
  maxStorePages: number,
): Promise<{ pirs: PirRecord[]; nextCursor?: string }> {
  const pirs: PirRecord[] = [];
  let cursor = q.cursor;
  for (let reads = 0; reads < maxStorePages; reads += 1) {
    const page = await ports.completed({ ...q, cursor, limit: q.limit - pirs.length });
    const done = page.pirs.filter((p) => p.state === 'completed' && p.completion !== null);
    pirs.push(...(await keepBrowsable(ports, done, (p) => p.issueId)));
    cursor = page.nextCursor;
    if (!cursor || pirs.length >= q.limit) break;
  }
  return cursor ? { pirs, nextCursor: cursor } : { pirs };
}

/** What a completed PIR says about its closed initiative (everything but the decisions). */
export function archiveFacts(pir: PirRecord, summary: string): Omit<ArchiveRow, 'decisions'> {
  const completion = pir.completion!;
  return {
    issueId: pir.issueId,
    issueKey: pir.issueKey,
    summary,
    closedAt: completion.at,
    outcome: completion.outcome,
    residualRisks: completion.residualRisks,
    benefitChecks: benefitChecksOf(pir),
    pir: { templateId: pir.template.id, templateName: pir.template.name, templateVersion: pir.template.version },
    completedBy: completion.by.displayName,
  };
}

/** The +30 and +90 checks: as made, or pending on their due date counted from closure. */
function benefitChecksOf(pir: PirRecord): ArchiveBenefitCheck[] {
  const closedOn = closedOnOf(pir) ?? '';
  return benefitCheckDates(closedOn).map(({ days, dueDate }) => {
    const made = pir.benefitChecks.find((c) => c.days === days);
    if (!made) {
      return {
        days,
        dueDate,
        status: 'pending',
        checkedAt: null,
        current: null,
        retainedPct: null,
        reviewIssueKey: null,
      };
    }
    return {
      days,
      dueDate: made.dueDate,
      status: made.verdict ?? 'no-reading',
      checkedAt: made.checkedAt,
      current: made.current,
      retainedPct: made.retainedPct,
      reviewIssueKey: made.reviewIssueKey,
    };
  });
}
