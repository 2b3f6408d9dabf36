import type { ProductHooks } from '../product-hooks';
import type { ProductStore } from '../product-store';
import type { CustomFieldDef } from '../product-types';
import type { Subject } from './access';
import type { IssueWriteLimiter, IssueWriteWindow } from './issue-write-limiter';
import type { PointsPool } from './rate-limits-pool';

/** An indexed issue property (`jira:entityProperty` with a `searchAlias`), usable in JQL. */
export interface EntityPropertyAlias {
  propertyKey: string;
  /** Dot path inside the property's JSON value, e.g. `score` or `breakdown.total`. */
  path: string;
  searchAlias: string;
  type: 'number' | 'string' | 'text' | 'date';
}

/** An app custom field declared in the manifest (`jira:customField`). */
export interface CustomFieldSpec {
  /** The manifest module key. */
  key: string;
  name: string;
  type: CustomFieldDef['type'];
}

/** Options of `createJiraService`. */
export interface JiraServiceOptions {
  entityPropertyAliases: EntityPropertyAlias[];
  customFields?: CustomFieldSpec[];
  /** The clock for `created`/`updated`, rate limits and points. Defaults to the wall clock. */
  now?: () => Date;
  /** Per-issue write windows; default Jira's 20 writes per 2 s and 100 per 30 s. */
  perIssueWrites?: readonly IssueWriteWindow[];
  /**
   * The app's hourly points quota. Tier 1 (Global Pool): pass ONE pool to every site's service.
   * Defaults to a new Global Pool of 65,000 points for this site alone.
   */
  pool?: PointsPool;
  /** Burst requests per second per endpoint, by method; default Jira's GET/POST 100, PUT/DELETE 50. */
  burstPerSecond?: Record<string, number>;
}

/** Everything a route handler needs for one request. */
export interface JiraContext {
  store: ProductStore;
  hooks: ProductHooks;
  aliases: EntityPropertyAlias[];
  limiter: IssueWriteLimiter;
  subject: Subject;
  now: Date;
  method: string;
  query: URLSearchParams;
  /** The parsed JSON body, undefined when there was none. */
  body: unknown;
}
