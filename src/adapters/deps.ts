import { randomUUID } from 'node:crypto';
import type { PanelDeps } from '../application/scoring/issue-panel.use-cases';
import type { DecisionsPort } from '../application/ports';
import { currentUser, projectScore, readIssue } from './product/jira-gateway';
import { appendDecision, queryPartition, readHead } from './storage/decision-log.repository';
import type { DecisionEntry } from '../domain/decision-log/decision-entry';
import { getInitiative, updateInitiative } from './storage/initiative.repository';
import { progressUpdates } from './storage/progress-update.repository';
import { loadSettings } from './storage/settings.repository';
import type { Memo } from './resolvers/memo';

/** The real adapters behind the application's ports. */
export const decisionsAdapter: DecisionsPort = {
  head: readHead,
  append: appendDecision,
  latestAbout: async (projectKey, issueKey, type) => {
    const page = await queryPartition({ partition: projectKey, limit: 1, types: [type], issueKey });
    return page.items[0]?.entry as DecisionEntry | undefined;
  },
};

export function productionDeps(memo: Memo): PanelDeps & { decisions: DecisionsPort } {
  return {
    settings: { load: () => memo('settings', loadSettings) },
    initiatives: { get: getInitiative, update: updateInitiative },
    issues: { read: readIssue },
    projection: { project: (record) => projectScore(record.issueId, record.computed, record.projected) },
    updates: progressUpdates,
    identity: { currentUser },
    clock: { now: () => new Date().toISOString(), id: () => randomUUID() },
    decisions: decisionsAdapter,
  };
}
