import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Serves the Custom UI build as a CDN would. The Forge docs say only that a resource "is hosted on and
 * distributed by Atlassian cloud infrastructure" (mirror/custom-ui/index.md, "Resources") and that "the
 * Forge platform hosts your static resources" (mirror/manifest-reference/resources/index.md); they say
 * nothing exact about headers, so the host follows standard CDN behaviour (RFC 9110 content coding and
 * Vary, RFC 9111 caching, RFC 8246 immutable): brotli or gzip by Accept-Encoding with
 * `Vary: Accept-Encoding`, a year and `immutable` for Vite's content-hashed files under assets/, and
 * `no-cache` with an ETag (revalidated on every use, 304 when unchanged) for index.html and any other file,
 * so a rebuilt dist is never served stale within one host run.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite's output names under assets/ end in `-<8 url-safe chars>.<ext>` (the content hash). */
const HASHED_ASSET = /^assets\/.+-[\w-]{8}\.[a-z0-9]+$/;

type Coding = 'br' | 'gzip' | 'identity';
const compressed = new Map<string, Buffer>();

/** The coding the client accepts that compresses best: br, then gzip, else identity (q=0 refuses a coding). */
export function chooseCoding(header: string | undefined): Coding {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (c: string) => (accepted.get(c) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

function encode(body: Buffer, coding: Coding, etag: string): Buffer {
  if (coding === 'identity') return body;
  const key = `${coding}:${etag}`;
  let out = compressed.get(key);
  if (!out) {
    out =
      coding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return out;
}

/** Sends one file of the build: compressed by Accept-Encoding, cached by its kind, 304 on a matching ETag. */
export function sendStatic(
  req: IncomingMessage,
  res: ServerResponse,
  relative: string,
  body: Buffer,
  contentType: string,
): void {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'cache-control': HASHED_ASSET.test(relative) ? IMMUTABLE : REVALIDATE,
    etag,
    vary: 'Accept-Encoding',
  };
  const match = req.headers['if-none-match'];
  if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const coding = chooseCoding(req.headers['accept-encoding']);
  const out = encode(body, coding, etag);
  if (coding !== 'identity') headers['content-encoding'] = coding;
  headers['content-length'] = String(out.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : out);
}
