import type { DecisionLogPage } from '../../contracts/decision-log.contract';
import type { IntegrityView } from '../../contracts/views';
import type { IssueVisibilityPort } from '../issue-visibility';
import { formatLogCursor, parseLogCursor } from './log-cursor';
import { mergePartitions } from './merge-partitions';
import type { StoredRow } from './walk-log';
import type { LogWitness } from '../../domain/decision-log/log-witness';
import type { HeadState } from './verify-decision-log.use-case';

/** One store page of a partition (a project, or `*` for configuration-wide entries), newest first. */
export interface PartitionPageQuery {
  partition: string;
  beforeSeq?: number;
  /** The store cursor of the same query's previous page. */
  cursor?: string;
  limit: number;
  types?: readonly string[];
  search?: string;
  from?: string;
  to?: string;
}

/**
 * An entry as stored (unparsed: the verifier and the views judge it), with the attributes it was
 * found by. Views show only the hashed `entry`, and only when the attributes agree with it.
 */
export type StoredDecision = StoredRow;

/** What the store returned: possibly short or empty when filtered, with a cursor while more may follow. */
export interface PartitionPage {
  items: StoredDecision[];
  cursor?: string | undefined;
}

/** The decision log's read side; `browsable` asks, as the reader, which issues they may see. */
export interface DecisionQueryPort extends IssueVisibilityPort {
  queryPartition(q: PartitionPageQuery): Promise<PartitionPage>;
  /** The stored head (strongly consistent), read after the entries: nothing legitimate lies past it. */
  head(): Promise<HeadState>;
  /** The head with its entry's time, printed in every export. */
  witness(): Promise<LogWitness>;
  verification(): Promise<
    | { status: 'verified' | 'broken' | 'empty'; throughSeq: number; atSeq: number | null; reason: string | null }
    | undefined
  >;
}

export interface LogPageRequest {
  /** Projects the reader may see (already checked against Jira as the reader). */
  projects: string[];
  hiddenProjects: number;
  cursor?: string;
  search?: string;
  types?: readonly string[];
  from?: string;
  to?: string;
  pageSize: number;
}

/** Partition of configuration-wide entries (see the decision-log repository). */
const GLOBAL = '*';

/**
 * A page of the log, newest first, across the reader's projects and the configuration-wide entries.
 * Usually one indexed query per partition plus one get for the integrity badge; when filters leave
 * pages short, the partitions that could still hold newer entries are read on (see
 * `mergePartitions`), and a page may come back short with a cursor rather than lose entries.
 *
 * Entries about an issue the reader may not browse (issue-level security) are hidden, as entries
 * of projects they cannot browse already are, rather than shown with their summary blanked: the
 * summary, rationale, scores and even the decider of a hidden issue's decision can tell what the
 * issue is about. The hash chain stays verifiable: the verifier reads every stored entry as the app,
 * and the integrity badge reports it to every reader.
 */
export async function decisionLogPage(port: DecisionQueryPort, req: LogPageRequest): Promise<DecisionLogPage> {
  const types = req.types && req.types.length > 0 ? req.types : undefined;
  const partitions = req.projects.length > 0 ? [...req.projects, GLOBAL] : [];
  const [found, verification] = await Promise.all([
    mergePartitions(port, {
      partitions,
      cursor: parseLogCursor(req.cursor),
      pageSize: req.pageSize,
      filters: { types: types?.length === 1 ? types : undefined, search: req.search, from: req.from, to: req.to },
      wanted: (e) => !types || types.includes(e.type),
    }),
    port.verification(),
  ]);
  const merged = { ...found, entries: await withinHead(port, found.entries) };
  return {
    entries: merged.entries,
    nextCursor: merged.next ? formatLogCursor(merged.next) : null,
    integrity: integrityOf(verification),
    hiddenProjects: req.hiddenProjects,
    projects: req.projects,
  };
}

/**
 * Leaves out entries past an intact stored head (the head is read after the entries; an append
 * moves both at once, so such an entry was written outside the chain). Verification reports them.
 */
export async function withinHead<T extends { seq: number }>(port: DecisionQueryPort, entries: T[]): Promise<T[]> {
  if (entries.length === 0) return entries;
  const head = await port.head();
  return head.state === 'ok' ? entries.filter((e) => e.seq <= head.head.seq) : entries;
}

function integrityOf(v: Awaited<ReturnType<DecisionQueryPort['verification']>>): IntegrityView {
  if (!v || v.status === 'empty') return { status: 'empty' };
  if (v.status === 'broken') return { status: 'broken', atSeq: v.atSeq ?? 0, reason: v.reason ?? 'unknown' };
  return { status: 'verified', throughSeq: v.throughSeq };
}
