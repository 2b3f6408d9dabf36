import type { DecisionLogPage } from '../../contracts/decision-log.contract';
import type { DecisionEntryView, IntegrityView } from '../../contracts/views';
import { decisionView } from './decision-view';

/** One indexed page of a partition (a project, or `*` for configuration-wide entries), newest first. */
export interface PartitionPageQuery {
  partition: string;
  beforeSeq?: number;
  limit: number;
  types?: readonly string[];
  search?: string;
  from?: string;
  to?: string;
  /** Only entries about this issue. */
  issueKey?: string;
}

/** An entry as stored (unparsed: the verifier and the views judge it) and its decider's name. */
export interface StoredDecision {
  entry: unknown;
  actorName: string;
}

export interface DecisionQueryPort {
  queryPartition(q: PartitionPageQuery): Promise<{ items: StoredDecision[]; more: boolean }>;
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
 * One indexed query per partition (two for one project) plus one get for the integrity badge, the
 * same at any log size. The cursor is the lowest seq shown, so paging is stable while entries arrive.
 */
export async function decisionLogPage(port: DecisionQueryPort, req: LogPageRequest): Promise<DecisionLogPage> {
  const beforeSeq = req.cursor && /^\d+$/.test(req.cursor) ? Number(req.cursor) : undefined;
  const types = req.types && req.types.length > 0 ? req.types : undefined;
  const partitions = req.projects.length > 0 ? [...req.projects, GLOBAL] : [];
  const [pages, verification] = await Promise.all([
    Promise.all(
      partitions.map((partition) =>
        port.queryPartition({
          partition,
          beforeSeq,
          limit: req.pageSize,
          types: types?.length === 1 ? types : undefined,
          search: req.search,
          from: req.from,
          to: req.to,
        }),
      ),
    ),
    port.verification(),
  ]);
  const entries = pages
    .flatMap((p) => p.items.map(decisionView))
    .filter((e): e is DecisionEntryView => e !== undefined && (!types || types.includes(e.type)))
    .sort((a, b) => b.seq - a.seq);
  const shown = entries.slice(0, req.pageSize);
  const more = entries.length > req.pageSize || pages.some((p) => p.more);
  const last = shown[shown.length - 1];
  return {
    entries: shown,
    nextCursor: more && last ? String(last.seq) : null,
    integrity: integrityOf(verification),
    hiddenProjects: req.hiddenProjects,
    projects: req.projects,
  };
}

function integrityOf(v: Awaited<ReturnType<DecisionQueryPort['verification']>>): IntegrityView {
  if (!v || v.status === 'empty') return { status: 'empty' };
  if (v.status === 'broken') return { status: 'broken', atSeq: v.atSeq ?? 0, reason: v.reason ?? 'unknown' };
  return { status: 'verified', throughSeq: v.throughSeq };
}
