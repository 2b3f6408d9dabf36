import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import type { IssueFacts, IssueFactsPort } from '../ports';
import { scoreInitiative } from './score-initiative';

/** A fresh initiative record for an issue, not yet rated (revision 0 = not stored yet). */
export function newInitiative(facts: IssueFacts, config: ScoringConfig): InitiativeRecord {
  const base = {
    raters: [],
    tally: {},
    raterSummaries: [],
    raterCount: 0,
    plan: { plannedDurationDays: null, kpi: null },
  };
  return {
    issueId: facts.id,
    issueKey: facts.key,
    projectKey: facts.projectKey,
    summary: facts.summary,
    status: facts.status,
    statusCategory: facts.statusCategory,
    issueType: facts.issueType,
    owner: facts.owner,
    ...base,
    kpiCurrent: null,
    computed: scoreInitiative(base, config),
    history: [],
    rejection: null,
    latestUpdate: null,
    latestCheckpoint: null,
    decisions: [],
    openActions: 0,
    pir: null,
    stopCriteria: [],
    triggers: [],
    projected: null,
    revision: 0,
  };
}

/**
 * A factory for `InitiativesPort.update`: reads the issue from Jira only if the app has no record
 * for it yet.
 */
export const fromJira = (issues: IssueFactsPort, issueId: string, config: ScoringConfig) => async () =>
  newInitiative(await issues.read(issueId), config);
