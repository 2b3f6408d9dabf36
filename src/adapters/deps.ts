import { randomUUID } from 'node:crypto';
import type { PanelDeps } from '../application/scoring/panel.ports';
import type { DecisionsPort } from '../application/ports';
import { currentUser, readIssue } from './product/jira-gateway';
import { appendDecision, latestAboutIssue, readHead } from './storage/decision-log.repository';
import { decisionByRequest } from './storage/decision-request';
import { getInitiative, updateInitiative } from './storage/initiative.repository';
import { progressUpdates } from './storage/progress-update.repository';
import { ratingsAdapter } from './storage/rating.repository';
import { loadSettings } from './storage/settings.repository';
import { loadWorkflowMap } from './storage/workflow-map.repository';
import { kvs } from '@forge/kvs';
import { KEYS } from './storage/keys';
import type { Memo } from './resolvers/memo';
import type { ResourcesDeps } from '../application/pilot/commitment.ports';
import type { CheckpointDeps } from '../application/pilot/checkpoint.ports';
import { issueVisibility } from './permissions/issue-visibility';
import { issueLinksOf } from './product/issue-links';
import { rollbackJira } from './product/rollback-jira';
import { searchUsers, usersByIds } from './product/users';
import { loadServices } from './storage/lifecycle-services.repository';
import { activeInitiatives, pilotFootprintAdapter } from './storage/pilot-footprint.repository';
import { getPilot, pilotsAdapter } from './storage/pilot.repository';
import type { AttachPirPorts } from '../application/pir/pir.ports';
import { ruleFactsOf, siteTimeZone } from './product/pir-jira';
import { pirActionIssues } from './product/pir-action-issues';
import { pirsAdapter } from './storage/pir.repository';
import { loadPirSettings } from './storage/pir-settings.repository';

/** The real adapters behind the application's ports: the one place where ports are assembled. */
export const decisionsAdapter: DecisionsPort = {
  head: readHead,
  append: appendDecision,
  byRequest: decisionByRequest,
  // By the issue's own index partition, following the cursor: a `limit 1` filtered query reads one
  // row and so usually found nothing. Issue keys are unique on a site, so the project is not needed.
  latestAbout: (_projectKey, issueKey, type) => latestAboutIssue(issueKey, type),
};

export function productionDeps(memo: Memo): PanelDeps & { decisions: DecisionsPort } {
  return {
    settings: { load: () => memo('settings', loadSettings) },
    initiatives: { get: getInitiative, update: updateInitiative },
    pilots: pilotsAdapter,
    ratings: ratingsAdapter,
    requests: {
      key: KEYS.request,
      seen: async (key) => (await kvs.get(key)) !== undefined,
    },
    issues: { read: readIssue },
    updates: progressUpdates,
    actionIssues: pirActionIssues,
    identity: { currentUser },
    clock: { now: () => new Date().toISOString(), id: () => randomUUID() },
    decisions: decisionsAdapter,
    workflow: {
      map: () => memo('workflowMap', loadWorkflowMap),
      stages: async () => (await memo('workflowMap', loadWorkflowMap)).stages,
    },
    catalogue: () => memo('services', loadServices),
  };
}

/** The real adapters behind the Resources tab's use cases (the demo seed uses them too). */
export function resourcesDeps(memo: Memo): ResourcesDeps {
  const { settings, identity, requests, clock, initiatives } = productionDeps(memo);
  return {
    settings,
    initiatives,
    pilots: { get: getPilot },
    footprints: pilotFootprintAdapter,
    catalogue: loadServices,
    activeInitiatives,
    visibility: issueVisibility,
    links: issueLinksOf,
    users: { byIds: usersByIds, search: searchUsers },
    identity,
    requests,
    clock,
  };
}

/** The real adapters behind the Pilot tab's checkpoint use cases: the panel's, and the rollback issue's Jira. */
export function checkpointDeps(memo: Memo): CheckpointDeps {
  return { ...productionDeps(memo), rollback: rollbackJira };
}

/** The ports of a PIR's attachment (issue 11 item 3), for the issue events and the reconcile job. */
export function attachPirDeps(deps: ReturnType<typeof productionDeps>): AttachPirPorts {
  return {
    pirs: pirsAdapter,
    initiatives: deps.initiatives,
    stages: () => deps.workflow.stages(),
    pirSettings: loadPirSettings,
    ruleFacts: ruleFactsOf,
    siteTimeZone,
  };
}
