import type { ServiceHandler } from '../../runtime/service';
import type { ResponseConformance } from './response-conformance';

export interface ConformingOptions {
  /** `jira` or `confluence`, for messages and coverage keys. */
  service: string;
  conformance: ResponseConformance;
  /** The simulator's own route for a request (its pattern), for route coverage; undefined if none. */
  routeOf(method: string, pathname: string): string | undefined;
  onServed(key: string): void;
}

/**
 * Wraps a product simulator so that every response it gives is checked against the official
 * response schema (`../shared/platform/*.json`). A response that does not conform, or a success for
 * an operation the description does not have, becomes a 500 that names the problem: a simulator
 * that drifts from the product breaks the test that relies on it instead of passing it.
 */
export function conformingService(handler: ServiceHandler, options: ConformingOptions): ServiceHandler {
  return async (req) => {
    const res = await handler(req);
    const method = req.method.toUpperCase();
    const pathname = new URL(req.path, 'http://simulator').pathname;
    const route = options.routeOf(method, pathname);
    if (route === undefined) return res;
    options.onServed(`${options.service} ${method} ${route}`);
    const verdict = options.conformance.check(method, pathname, res.status, res.body);
    if (verdict.kind === 'conforms' || (verdict.kind === 'undocumented' && res.status >= 300)) return res;
    const problems = verdict.kind === 'violates' ? verdict.problems.slice(0, 5).join('; ') : verdict.message;
    const message = `Local ${options.service} simulator answered ${method} ${pathname} (${res.status}) outside the OpenAPI description: ${problems}`;
    console.error(message);
    return { status: 500, body: { errorMessages: [message], errors: {} } };
  };
}
