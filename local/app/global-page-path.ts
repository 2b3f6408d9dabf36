import { LOCAL_ENVIRONMENT, type AppEnvironment } from '../runtime/site';

/**
 * Where Jira serves the app's `jira:globalPage`: `/jira/apps/{appId}/{envId}`
 * (mirror/manifest-reference/modules/jira-global-page/index.md). An app has at most one global
 * page, so the URL names no module key.
 *
 * @example globalPagePath() // '/jira/apps/00000000-0000-4000-8000-000000000000/local'
 */
export function globalPagePath(env: Pick<AppEnvironment, 'appId' | 'environmentId'> = LOCAL_ENVIRONMENT): string {
  return `/jira/apps/${env.appId}/${env.environmentId}`;
}
