import type { LocalHost } from '../../host';
import { globalPagePath } from '../../app/global-page-path';

/**
 * The workbench page that shows a module, for `router.navigate({ target: 'module', moduleKey })`
 * (mirror/apis-reference/ui-api-bridge/router/index.md, "module": Jira's global page is
 * `/jira/apps/{appId}/{envId}`, its admin page is in Jira settings). Undefined for a key the
 * manifest does not declare as one of these pages.
 */
export function modulePagePath(host: LocalHost, moduleKey: string): string | undefined {
  switch (host.manifest.moduleByKey(moduleKey)?.type) {
    case 'jira:globalPage':
      return globalPagePath();
    case 'jira:adminPage':
      return '/jira/admin';
    default:
      return undefined;
  }
}
