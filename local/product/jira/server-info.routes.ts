import type { JiraContext } from './jira-context';
import { JIRA_BASE_URL, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';

/** The simulated site's default time zone (the PIR's business days count in it). */
export const SITE_TIME_ZONE = 'Europe/London';

/**
 * `GET /rest/api/3/serverInfo` (getServerInfo, jira-platform.json `ServerInformation`): the site's
 * base URL, version and `serverTimeZone` ("The default timezone of the Jira server", an IANA name).
 * The operation needs no permission ("Permissions required: None"); health checks are omitted.
 */
function serverInfo(_ctx: JiraContext) {
  return ok({
    baseUrl: JIRA_BASE_URL,
    displayUrl: JIRA_BASE_URL,
    version: '1001.0.0-SNAPSHOT',
    versionNumbers: [1001, 0, 0],
    deploymentType: 'Cloud',
    buildNumber: 100290,
    buildDate: '2026-11-30T00:00:00.000Z',
    serverTime: new Date().toISOString(),
    scmInfo: 'local',
    serverTitle: 'Jira',
    serverTimeZone: SITE_TIME_ZONE,
  });
}

export const serverInfoRoutes: JiraRoute[] = [route('GET', /^\/rest\/api\/3\/serverInfo$/, 'read', serverInfo)];
