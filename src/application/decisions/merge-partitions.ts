import type { DecisionEntryView } from '../../contracts/views';
import { keepBrowsable } from '../issue-visibility';
import type { DecisionQueryPort, PartitionPageQuery } from './decision-log-page.use-case';
import { decisionView } from './decision-view';
import type { LogCursor } from './log-cursor';
import { subjectIssueId } from './subject-issue-id';

/** One partition read newest first, store page by store page. */
interface Stream {
  partition: string;
  cursor: string | undefined;
  reads: number;
  done: boolean;
  /** Lowest seq read so far, shown or not; every entry above it has been read. */
  lowest: number;
  /** Entries read and wanted but not shown yet. */
  buffer: DecisionEntryView[];
}

export interface MergeRequest {
  partitions: readonly string[];
  cursor: LogCursor;
  pageSize: number;
  /** What the store filters (on each page it reads). */
  filters: Pick<PartitionPageQuery, 'types' | 'search' | 'from' | 'to'>;
  /** What the app filters beyond the store (several types). */
  wanted: (entry: DecisionEntryView) => boolean;
}

/** Store reads beyond the first, per call: a screen needs one page and may show "more" instead. */
const MAX_ROUNDS = 12;
const SPARSE_PAGE = 100;

/**
 * The newest `pageSize` entries across partitions below the cursor. The store filters each page
 * after reading it, so a partition's page can be short or empty and still have a cursor: a
 * partition is read on while it could still hold an entry newer than what is ready to show (the
 * highest "lowest seq read" among unfinished partitions), up to `MAX_ROUNDS`. Entries about issues
 * the reader may not browse are left out. The next cursor is the last seq shown; when nothing
 * could be shown yet, it carries the store cursors of the partitions still being read, so a next
 * page always gets further and nothing is skipped.
 */
export async function mergePartitions(
  port: DecisionQueryPort,
  req: MergeRequest,
): Promise<{ entries: DecisionEntryView[]; next: LogCursor | null }> {
  const before = req.cursor.before;
  // A partition the cursor marks as finished (null) has nothing left below `before`.
  const streams: Stream[] = req.partitions.flatMap((partition) => {
    const resume = req.cursor.resume[partition];
    return resume === null ? [] : [{ partition, cursor: resume, reads: 0, done: false, lowest: Infinity, buffer: [] }];
  });
  const frontier = (s: Stream) => (s.lowest === Infinity ? (before ?? Infinity) : s.lowest);
  await read(port, req, streams);
  for (let round = 0; ; round += 1) {
    const open = streams.filter((s) => !s.done);
    const threshold = open.length === 0 ? -Infinity : Math.max(...open.map(frontier));
    const ready = streams
      .flatMap((s) => s.buffer)
      .filter((e) => e.seq >= threshold)
      .sort((a, b) => b.seq - a.seq);
    if (ready.length >= req.pageSize || open.length === 0 || round >= MAX_ROUNDS) {
      return finish(streams, ready.slice(0, req.pageSize), before);
    }
    await read(
      port,
      req,
      open.filter((s) => frontier(s) === threshold),
    );
  }
}

async function read(port: DecisionQueryPort, req: MergeRequest, batch: Stream[]): Promise<void> {
  const query = (s: Stream, cursor: string | undefined) =>
    port.queryPartition({
      partition: s.partition,
      beforeSeq: req.cursor.before,
      cursor,
      limit: s.reads === 0 && cursor === undefined ? req.pageSize : SPARSE_PAGE,
      ...req.filters,
    });
  // A store cursor that came back from the browser may have been tampered with or expired: read
  // that partition again from `before` instead (slower, never wrong).
  const pages = await Promise.all(
    batch.map((s) =>
      s.reads === 0 && s.cursor !== undefined
        ? query(s, s.cursor).catch(() => query(s, undefined))
        : query(s, s.cursor),
    ),
  );
  const rows = batch.flatMap((stream, i) =>
    (pages[i]?.items ?? []).map((item) => ({ stream, item, view: decisionView(item) })),
  );
  const shown = new Set(await keepBrowsable(port, rows, (r) => subjectIssueId(r.item.entry)));
  for (const row of rows) {
    if (!row.view) continue;
    row.stream.lowest = Math.min(row.stream.lowest, row.view.seq);
    if (shown.has(row) && req.wanted(row.view)) row.stream.buffer.push(row.view);
  }
  batch.forEach((stream, i) => {
    stream.cursor = pages[i]?.cursor;
    stream.done = stream.cursor === undefined;
    stream.reads += 1;
  });
}

function finish(streams: Stream[], shown: DecisionEntryView[], before: number | undefined) {
  const last = shown[shown.length - 1];
  const left = (s: Stream) => s.buffer.some((e) => last === undefined || e.seq < last.seq);
  if (!streams.some((s) => !s.done || left(s))) return { entries: shown, next: null };
  if (last) return { entries: shown, next: { before: last.seq, resume: {} } };
  // Nothing to show yet: carry on from where each partition's reading stopped.
  const resume: LogCursor['resume'] = {};
  for (const s of streams) if (!s.done && s.buffer.length === 0) resume[s.partition] = s.cursor ?? null;
  for (const s of streams) if (s.done && s.buffer.length === 0) resume[s.partition] = null;
  return { entries: shown, next: { ...(before === undefined ? {} : { before }), resume } };
}
