import type { ServiceResponse } from '../../runtime/service';
import type { JiraContext } from './jira-context';

/** What a call costs in the simulated points quota. */
export type Cost = 'read' | 'write' | 'search';

/**
 * Simulated points per call: reads 1, writes 2, searches (JQL) 5. Jira Cloud's real points model
 * weighs calls by the work they do; this keeps the same ordering so benchmarks can compare designs.
 */
export const POINTS_PER_CALL: Record<Cost, number> = { read: 1, write: 2, search: 5 };

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
