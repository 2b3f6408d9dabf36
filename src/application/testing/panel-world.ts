import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord, UserRefRecord } from '../initiative-record';
import type { DecisionsPort } from '../ports';
import type { PanelCaller, PanelDeps } from '../scoring/panel.ports';
import { newInitiative } from '../scoring/new-initiative';
import { Faults } from './faults';
import { FixedClock, fixedIdentity } from './fixed-clock';
import { MemoryDecisions } from './memory-decisions';
import { MemoryInitiatives } from './memory-initiatives';
import { issueFacts, MemoryIssues } from './memory-issues';
import { MemoryLifecycleSettings } from './memory-lifecycle-settings';
import { MemoryPilots } from './memory-pilots';
import { MemoryProgressUpdates } from './memory-progress-updates';
import { MemoryRatings } from './memory-ratings';
import { MemoryRequests } from './memory-requests';
import { MemorySettings } from './memory-settings';
import { copy } from './stored-value';

export const EDITOR: UserRefRecord = { accountId: 'u-editor', displayName: 'Eli Marsh' };

/**
 * One site in memory behind the issue panel's ports (`PanelDeps` and the decision log), every port
 * sharing one request ledger and one set of injected faults, as the real adapters share one KVS.
 * `caller(n)` is the platform context of issue `CSI-n`; `snapshot()` is everything stored, to
 * assert that a refused call wrote nothing.
 */
export function panelWorld(options: { user?: UserRefRecord; config?: Partial<ScoringConfig> } = {}) {
  const faults = new Faults();
  const requests = new MemoryRequests();
  const config: ScoringConfig = { ...defaultScoringConfig(), enabledIssueTypes: ['Improvement'], ...options.config };
  const settings = new MemorySettings(requests, { config }, faults);
  const initiatives = new MemoryInitiatives(requests, faults);
  const pilots = new MemoryPilots(initiatives, requests);
  const ratings = new MemoryRatings(initiatives);
  const issues = new MemoryIssues();
  const updates = new MemoryProgressUpdates(faults);
  const decisions = new MemoryDecisions(requests, faults);
  const lifecycle = new MemoryLifecycleSettings(requests);
  const clock = new FixedClock();
  const identity = fixedIdentity(options.user ?? EDITOR);
  const deps: PanelDeps & { decisions: DecisionsPort } = {
    settings,
    initiatives,
    pilots,
    ratings,
    issues,
    updates,
    requests,
    identity,
    clock,
    decisions,
    workflow: lifecycle.workflow(),
    catalogue: () => Promise.resolve(lifecycle.catalogueNow),
    // The panel's use cases tested here hold no PIR with actions; the PIR's tests run against the local host's Jira.
    actionIssues: {
      search: () => Promise.resolve([]),
      searchAll: () => Promise.resolve([]),
      create: () => Promise.resolve({ ok: false, message: 'This world has no Jira.' }),
      link: () => Promise.resolve(false),
      pirOf: () => Promise.resolve(undefined),
      remind: () => Promise.resolve(false),
    },
  };
  for (let n = 1; n <= 5; n += 1) issues.add(issueFacts(n));
  const stores = { faults, requests, settings, config, initiatives, pilots, ratings, issues, updates, decisions };
  return { deps, lifecycle, clock, identity, ...stores, ...helpers({ ...stores, identity }) };
}

/** `caller`, `seed` and `snapshot` over a world's stores. */
function helpers(w: {
  config: ScoringConfig;
  identity: { user: UserRefRecord };
  initiatives: MemoryInitiatives;
  ratings: MemoryRatings;
  updates: MemoryProgressUpdates;
  decisions: MemoryDecisions;
  requests: MemoryRequests;
  settings: MemorySettings;
}) {
  const { config, identity, initiatives, ratings, updates, decisions, requests, settings } = w;
  return {
    caller: (n: number, over: Partial<Omit<PanelCaller, 'issue'>> & { type?: string } = {}): PanelCaller => {
      const facts = issueFacts(n);
      return {
        issue: { id: facts.id, key: facts.key, type: over.type ?? facts.issueType },
        accountId: over.accountId ?? identity.user.accountId,
        canEdit: over.canEdit ?? true,
        isCsiAdmin: over.isCsiAdmin ?? false,
      };
    },
    /** Stores issue n's initiative as the app would first have written it (revision 1). */
    seed: (n: number, change: (r: InitiativeRecord) => InitiativeRecord = (r) => r): InitiativeRecord => {
      const record = change({ ...newInitiative(issueFacts(n), config), revision: 1 });
      initiatives.put(record);
      return record;
    },
    snapshot: () =>
      copy({
        initiatives: initiatives.all(),
        ratings: ratings.all(),
        updates: updates.all(),
        decisions: decisions.entries(),
        requests: requests.keys(),
        settings: settings.stored(),
      }),
  };
}

export type PanelWorld = ReturnType<typeof panelWorld>;
