import { badRequest, KvsErrorCode } from './kvs-errors';

/** Where the previous page ended: the last row's sort value and key, bound to the query that issued it. */
export interface CursorPosition {
  /** A fingerprint of the query (entity, index, partition, sort); a cursor only resumes its own query. */
  scope: string;
  range: string | number | null;
  key: string;
}

/** Encodes a page position as an opaque string (base64url JSON). */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.scope, position.range, position.key]), 'utf8').toString('base64url');
}

/** Decodes a cursor issued by `encodeCursor` for the same scope; anything else is a 400. */
export function decodeCursor(cursor: string, scope: string): CursorPosition {
  const invalid = () => badRequest(KvsErrorCode.INVALID_CURSOR, 'The cursor is invalid or belongs to another query');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [cursorScope, range, key] = parsed as unknown[];
  if (cursorScope !== scope || typeof key !== 'string') throw invalid();
  if (range !== null && typeof range !== 'string' && typeof range !== 'number') throw invalid();
  return { scope, range, key };
}
