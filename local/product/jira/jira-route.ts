import type { ServiceResponse } from '../../runtime/service';
import type { JiraContext } from './jira-context';

/** What kind of call a route is (a read, a write or a search); its points follow from method and answer. */
export type Cost = 'read' | 'write' | 'search';

/**
 * The base points of one request of each kind: 1 (rate-limiting, "How points work": "Each request
 * starts with a base cost of 1 point"). A GET adds 1 per issue or project and 2 per user or
 * permission it returns: see `pointsFor` in `rate-limits-cost.ts`, which the service charges.
 */
export const POINTS_PER_CALL: Record<Cost, number> = { read: 1, write: 1, search: 1 };

/** Handles one matched request; `params` are the decoded pattern groups. */
export type RouteHandler = (ctx: JiraContext, params: string[]) => ServiceResponse | Promise<ServiceResponse>;

/** One REST operation of the simulator. `pattern` matches the path without query string. */
export interface JiraRoute {
  method: string;
  pattern: RegExp;
  cost: Cost;
  handle: RouteHandler;
}

/** Declares a route. */
export const route = (method: string, pattern: RegExp, cost: Cost, handle: RouteHandler): JiraRoute => ({
  method,
  pattern,
  cost,
  handle,
});
