/**
 * Where the next page of the decision log starts: below seq `before` (from the newest when absent),
 * and for some partitions a store cursor to continue instead of reading them again from `before`.
 * `null` marks a partition that has nothing left below `before`.
 */
export interface LogCursor {
  before?: number;
  resume: Record<string, string | null>;
}

/** The contract allows 2,000 characters; stay well below with room for the seq. */
const MAX_CURSOR_CHARS = 1800;

/**
 * Reads a cursor made by `formatLogCursor`; anything else starts from the newest entry.
 *
 * @example parseLogCursor('42') // { before: 42, resume: {} }
 */
export function parseLogCursor(raw: string | undefined): LogCursor {
  const match = raw ? /^(\d{1,15})?(?:\.([A-Za-z0-9_-]{1,1900}))?$/.exec(raw) : null;
  if (!match) return { resume: {} };
  const before = match[1] === undefined ? undefined : Number(match[1]);
  return { ...(before === undefined ? {} : { before }), resume: match[2] ? decodeResume(match[2]) : {} };
}

function decodeResume(text: string): Record<string, string | null> {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, string | null] => e[1] === null || typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/**
 * The cursor as text: the seq alone when no partition resumes (the common case). Resume entries are
 * kept while they fit the contract's length; one always fits, so a next page always makes progress.
 */
export function formatLogCursor(cursor: LogCursor): string {
  const seq = cursor.before === undefined ? '' : String(cursor.before);
  const kept: Record<string, string | null> = {};
  let text = seq;
  for (const [partition, resume] of Object.entries(cursor.resume)) {
    const candidate = `${seq}.${Buffer.from(JSON.stringify({ ...kept, [partition]: resume })).toString('base64url')}`;
    if (candidate.length > MAX_CURSOR_CHARS && Object.keys(kept).length > 0) break;
    kept[partition] = resume;
    text = candidate;
  }
  return text;
}
