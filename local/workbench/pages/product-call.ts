import type { LocalHost } from '../../host';

/** Calls the simulated product REST as a user, the way a browser session would, and parses JSON. */
export async function productCall(
  host: LocalHost,
  product: 'jira' | 'confluence',
  accountId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const handler = product === 'jira' ? host.jira : host.confluence;
  const res = await handler({
    method,
    path,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    actingAccountId: accountId,
  });
  return { status: res.status, json: res.body };
}

/** A JSON field shown as text: strings and numbers as they are, anything else as empty. */
export function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
