import { PointsPool } from '../product/jira-service';
import { LOCAL_ENVIRONMENT, type AppEnvironment } from './site';

/**
 * What several simulated sites of one app share, as they do on Forge: the deployment (app id and
 * environment) that one warm instance of the app's modules serves, and the app's Jira points quota
 * (Tier 1: "a single 65,000 point hourly quota across all tenants",
 * https://developer.atlassian.com/cloud/jira/platform/rate-limiting/). Pass one object to several
 * `LocalHost`s to run them as installations of the same deployment in one process.
 */
export interface LocalPlatform {
  environment: AppEnvironment;
  /** The Jira points pool every site's Jira simulator charges. */
  jiraPool: PointsPool;
}

export function createLocalPlatform(
  options: { environment?: Partial<AppEnvironment>; jiraPool?: PointsPool } = {},
): LocalPlatform {
  return {
    environment: { ...LOCAL_ENVIRONMENT, ...options.environment },
    jiraPool: options.jiraPool ?? new PointsPool(),
  };
}
