import type { ServiceResponse } from './service';

/** Request headers as a plain lower-case record, whatever form the client passed. */
export function normaliseHeaders(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(headers ?? {}).forEach((value, key) => {
    out[key] = value;
  });
  return out;
}

/** A service's answer as the `Response` the official clients read. */
export function toResponse(res: ServiceResponse): Response {
  const headers = new Headers(res.headers ?? {});
  if (res.body === undefined || res.status === 204) return new Response(null, { status: res.status, headers });
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
  return new Response(text, { status: res.status, headers });
}
