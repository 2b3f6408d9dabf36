import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest body the host reads: twice the 500 KB invoke payload limit (limits-invocation). */
export const MAX_BODY_BYTES = 1_000_000;
/** The deepest JSON nesting the host accepts; deeper bodies are refused before they are parsed. */
export const MAX_JSON_DEPTH = 64;

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a request body as text, refusing bodies over 1 MB (the invoke payload limit is 500 KB). */
export async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'Request body is larger than 1 MB');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body is larger than 1 MB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Refuses any media type but `application/json` (or `…+json`) with 415, naming what was sent. */
export function requireJsonContentType(req: IncomingMessage): void {
  const raw = req.headers['content-type'];
  const type = (raw ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type)) return;
  throw new HttpError(
    415,
    raw
      ? `Content-Type must be application/json; it was '${raw}'`
      : 'Content-Type must be application/json; none was sent',
  );
}

/** The deepest object/array nesting of a JSON text, counted without parsing it (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth -= 1;
  }
  return max;
}

/** Reads a JSON body: 415 for another media type, 413 when too large, 400 when empty, malformed or too deep. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  requireJsonContentType(req);
  const text = await readBody(req);
  if (text.trim() === '') throw new HttpError(400, 'Request body must be JSON; it was empty');
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new HttpError(400, `Request body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}

/** Serialises first, so a body that cannot be serialised fails before any header is sent. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, body: string | Buffer, contentType: string): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
