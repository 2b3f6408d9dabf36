/**
 * The shape every simulated platform service (KVS, Jira, Confluence, queues) implements.
 * `__forge_fetch__` turns the official clients' calls into a `ServiceRequest` and hands the
 * `ServiceResponse` back to them as a real `Response`.
 */
export interface ServiceRequest {
  method: string;
  /** Path with query string, exactly as the official client passed it. */
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** The account the call acts as; undefined when the app acts as itself (asApp). */
  actingAccountId: string | undefined;
}

export interface ServiceResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type ServiceHandler = (req: ServiceRequest) => Promise<ServiceResponse> | ServiceResponse;

/** A JSON response helper for service handlers. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): ServiceResponse {
  return { status, body, headers };
}
