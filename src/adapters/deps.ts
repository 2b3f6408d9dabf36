import { randomUUID } from 'node:crypto';
import type { PanelDeps } from '../application/scoring/panel.ports';
import type { DecisionsPort } from '../application/ports';
import { currentUser, readIssue } from './product/jira-gateway';
import { appendDecision, latestAboutIssue, readHead } from './storage/decision-log.repository';
import { decisionByRequest } from './storage/decision-request';
import { getInitiative, updateInitiative } from './storage/initiative.repository';
import { pilotsAdapter } from './storage/pilot.repository';
import { progressUpdates } from './storage/progress-update.repository';
import { ratingsAdapter } from './storage/rating.repository';
import { loadSettings } from './storage/settings.repository';
import { loadWorkflowMap } from './storage/workflow-map.repository';
import { kvs } from '@forge/kvs';
import { KEYS } from './storage/keys';
import type { Memo } from './resolvers/memo';

/** The real adapters behind the application's ports. */
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
    identity: { currentUser },
    clock: { now: () => new Date().toISOString(), id: () => randomUUID() },
    decisions: decisionsAdapter,
    workflow: {
      map: () => memo('workflowMap', loadWorkflowMap),
      stages: async () => (await memo('workflowMap', loadWorkflowMap)).stages,
    },
  };
}
