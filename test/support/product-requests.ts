import type { LocalHost } from '../../local/host';
import type { DeliveryRecord } from '../../local/app/product-event-delivery';

/**
 * A person's Jira REST call on the simulated site (the workbench's path, `x-local-account-id`), not
 * an app invocation: it costs the app nothing, and its events are not self-generated.
 */
export async function asPerson(
  host: LocalHost,
  accountId: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await host.outsideInvocation(() =>
    host.jira({
      method,
      path,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      actingAccountId: accountId,
    }),
  );
  return { status: res.status, body: res.body };
}

/** The product events the host handled since `from` (an index into `host.events.log`). */
export const eventsSince = (host: LocalHost, from: number): DeliveryRecord[] => host.events.log.slice(from);
