import type { DecisionQueryPort, PartitionPage, PartitionPageQuery } from '../decisions/decision-log-page.use-case';
import type { EntryIndex } from '../../domain/decision-log/entry-index';
import type { MemoryDecisions } from './memory-decisions';
import { memoryVisibility } from './memory-visibility';
import { copy } from './stored-value';

type Verification = Awaited<ReturnType<DecisionQueryPort['verification']>>;

/** A Jira issue key, searched as that issue's entries (as the repository does). */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

/**
 * The decision log's read side (`DecisionQueryPort`) over a `MemoryDecisions`, paging like the
 * platform's indexed query: a page reads `limit` rows of the partition (newest first by their
 * stored seq, below `beforeSeq`) and only then applies the filters, so a filtered page can be short
 * or empty and still carry a cursor. `hidden`: issue ids the reader may not browse.
 */
export function memoryDecisionQuery(
  decisions: MemoryDecisions,
  options: { hidden?: readonly string[]; verification?: Verification } = {},
): DecisionQueryPort & { reads: number } {
  const port = {
    reads: 0,
    ...memoryVisibility(options.hidden ?? []),
    queryPartition(q: PartitionPageQuery): Promise<PartitionPage> {
      port.reads += 1;
      const rows = decisions.stored
        .filter((s) => s.index.projectKey === q.partition && Number(s.index.seq) < (q.beforeSeq ?? Infinity))
        .sort((a, b) => Number(b.index.seq) - Number(a.index.seq));
      const start = q.cursor ? Number(q.cursor) : 0;
      const items = rows
        .slice(start, start + q.limit)
        .filter((s) => matches(s.index, q))
        .map((s) => copy(s));
      const more = start + q.limit < rows.length;
      return Promise.resolve(more ? { items, cursor: String(start + q.limit) } : { items });
    },
    head: async () => ({ state: 'ok' as const, head: await decisions.head() }),
    witness: async () => {
      const head = await decisions.head();
      const at = decisions.stored.find((s) => s.entry.seq === head.seq)?.entry.at ?? null;
      return { state: 'ok' as const, ...head, at };
    },
    verification: () => Promise.resolve(options.verification),
  };
  return port;
}

function matches(index: EntryIndex, q: PartitionPageQuery): boolean {
  if (q.types && q.types.length === 1 && index.type !== q.types[0]) return false;
  const issueKey = q.search?.trim().toUpperCase();
  if (issueKey && ISSUE_KEY.test(issueKey)) {
    if (index.issueKey !== issueKey) return false;
  } else if (q.search && !(typeof index.text === 'string' && index.text.includes(q.search.toLowerCase()))) return false;
  const at = String(index.at);
  if (q.from && at < q.from) return false;
  return !(q.to && at > `${q.to}T23:59:59.999Z`);
}
