import type { ServiceHandler } from '../../runtime/service';
import { confluenceRouteOf } from '../confluence-service';
import { matchRoute } from '../jira/jira-routes';
import { conformingService } from './conforming-service';
import { confluenceSpec, jiraSpec } from './openapi-spec';
import { ResponseConformance } from './response-conformance';
import { recordServed } from './route-coverage';

// The descriptions are large (the Jira one is several MB): parse and compile them once per process,
// however many simulated sites a test starts.
let jira: ResponseConformance | undefined;
let confluence: ResponseConformance | undefined;

/** The Jira simulator with every response checked against jira-platform.json. */
export function conformingJira(handler: ServiceHandler): ServiceHandler {
  jira ??= new ResponseConformance(jiraSpec());
  return conformingService(handler, {
    service: 'jira',
    conformance: jira,
    routeOf: (method, pathname) => {
      const match = matchRoute(method, pathname);
      return typeof match === 'object' ? match.route.pattern.source : undefined;
    },
    onServed: recordServed,
  });
}

/** The Confluence simulator with every v2 response checked against confluence-v2.json. */
export function conformingConfluence(handler: ServiceHandler): ServiceHandler {
  confluence ??= new ResponseConformance(confluenceSpec());
  return conformingService(handler, {
    service: 'confluence',
    conformance: confluence,
    routeOf: confluenceRouteOf,
    onServed: recordServed,
  });
}
