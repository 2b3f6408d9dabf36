import { appFieldRoutes } from './app-fields.routes';
import { catalogueRoutes } from './catalogue.routes';
import { changelogRoutes } from './changelog.routes';
import { issueReadRoutes } from './issue-read.routes';
import { issueLinkRoutes } from './issue-links.routes';
import { issueWriteRoutes } from './issue-write.routes';
import { notifyRoutes } from './notify.routes';
import type { JiraRoute } from './jira-route';
import { permissionRoutes } from './permissions.routes';
import { projectSearchRoutes } from './project-search.routes';
import { projectRoutes } from './projects.routes';
import { propertyRoutes } from './properties.routes';
import { remoteLinkRoutes } from './remote-links.routes';
import { searchRoutes } from './search.routes';
import { serverInfoRoutes } from './server-info.routes';
import { transitionRoutes } from './transitions.routes';
import { userRoutes } from './users.routes';

/** Every Jira REST operation the simulator answers. Costs: see `POINTS_PER_CALL`. */
export const JIRA_ROUTES: readonly JiraRoute[] = [
  ...userRoutes,
  ...permissionRoutes,
  ...issueReadRoutes,
  ...changelogRoutes,
  ...notifyRoutes,
  ...issueWriteRoutes,
  ...transitionRoutes,
  ...propertyRoutes,
  ...appFieldRoutes,
  ...searchRoutes,
  ...issueLinkRoutes,
  ...remoteLinkRoutes,
  // Before `GET /project/{idOrKey}`, whose pattern would take `search` for a key.
  ...projectSearchRoutes,
  ...projectRoutes,
  ...catalogueRoutes,
  ...serverInfoRoutes,
];

/** The route for a method and path, `'method-not-allowed'` if only the path is known, or undefined. */
export function matchRoute(
  method: string,
  path: string,
): { route: JiraRoute; params: string[] } | 'method-not-allowed' | undefined {
  let pathKnown = false;
  for (const route of JIRA_ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    if (route.method !== method) {
      pathKnown = true;
      continue;
    }
    return { route, params: m.slice(1).map((p) => decodeURIComponent(p)) };
  }
  return pathKnown ? 'method-not-allowed' : undefined;
}
