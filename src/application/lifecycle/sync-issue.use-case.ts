import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord, UserRefRecord } from '../initiative-record';
import type { InitiativesPort, IssueFacts, IssueFactsPort } from '../ports';
import { newInitiative } from '../scoring/new-initiative';
import { rescoreRecord } from '../scoring/rescore-record';
import { followJira } from './follow-jira';
import { lifecycleOf } from './lifecycle-state';
import type { WorkflowPort } from './workflow.port';

/**
 * An issue's facts as a product event carries them. Event payloads name users by account id only;
 * the owner's display name is known when the changelog assigned them (`toString`), else null.
 */
export interface EventIssueFacts extends Omit<IssueFacts, 'owner'> {
  owner: { accountId: string; displayName: string | null } | null;
}

/** Where the facts stand in the issue's history: its `updated` (epoch ms) and the changelog id (0 on creation). */
export type FactsVersion = NonNullable<InitiativeRecord['factsVersion']>;

/** Whether `next` is strictly newer than `stored` (a record without a version takes anything). */
export function isNewer(next: FactsVersion, stored: FactsVersion | undefined): boolean {
  if (!stored) return true;
  return next.updated !== stored.updated ? next.updated > stored.updated : next.changelog > stored.changelog;
}

export interface SyncIssuePorts {
  config(): Promise<ScoringConfig>;
  issues: IssueFactsPort;
  initiatives: InitiativesPort;
  /** Whether Jira deleted the issue (a tombstone), so a late event cannot bring it back. */
  wasDeleted(issueId: string): Promise<boolean>;
  /** The admins' stage → status mapping, read only when the status changed. */
  workflow: Pick<WorkflowPort, 'stages'>;
}

/**
 * The lifecycle after Jira moved the issue to `status` (see `followJira`): the stage follows a move
 * Jira may make; a move that took an app decision (the validator was bypassed) leaves the stage the
 * app recorded, and `projected: null` makes the projection move Jira back to the stage's status
 * (its outbox entry names the status to go to). A record whose lifecycle the app never stored keeps
 * deriving it from Jira's status instead (`lifecycleOf`).
 */
async function lifecycleAfter(
  ports: SyncIssuePorts,
  current: InitiativeRecord,
  status: string,
  version: FactsVersion,
): Promise<Partial<InitiativeRecord>> {
  if (status === current.status) return {};
  const stages = await ports.workflow.stages();
  const moved = followJira(lifecycleOf(current, stages), status, stages, new Date(version.updated).toISOString());
  // A record the app never moved (no stored lifecycle) was judged by the validator without a stage
  // of its own, or moved before the app knew the issue: its stage stays derived from Jira's status.
  if (!moved.followed && !current.lifecycle) return {};
  if (!moved.followed)
    console.warn(`${current.issueKey} moved to ${status} in Jira against its lifecycle; moving it back`);
  return moved.followed ? { lifecycle: moved.lifecycle } : { lifecycle: moved.lifecycle, projected: null };
}

/** The owner with a name: from the event, from the stored copy, or (only if neither knows it) from Jira. */
async function ownerOf(
  facts: EventIssueFacts,
  stored: UserRefRecord | null,
  issues: IssueFactsPort,
): Promise<UserRefRecord | null> {
  const owner = facts.owner;
  if (!owner) return null;
  if (owner.displayName !== null) return { accountId: owner.accountId, displayName: owner.displayName };
  if (stored?.accountId === owner.accountId) return stored;
  return (await issues.read(facts.id)).owner;
}

/**
 * Keeps an initiative's copy of its issue's facts (key, project, summary, status, type, owner) in
 * step with Jira from the event alone: no settings read and no Jira read for an initiative that
 * exists (a move changes its key and project, so its partition follows). Idempotent under
 * duplicated and reordered events: facts not newer than the stored `factsVersion` change nothing.
 * An issue without an initiative gets one only if its type takes part and it was not deleted.
 * A status change moves the lifecycle where the domain says Jira's move leads (`followJira`).
 */
export async function syncIssue(
  ports: SyncIssuePorts,
  facts: EventIssueFacts,
  version: FactsVersion,
): Promise<'created' | 'updated' | 'stale' | 'ignored'> {
  let outcome: 'created' | 'updated' | 'stale' = 'stale';
  let config: ScoringConfig | undefined;
  const create = async () => {
    config = await ports.config();
    if (!config.enabledIssueTypes.includes(facts.issueType) || (await ports.wasDeleted(facts.id))) return undefined;
    const owner = await ownerOf(facts, null, ports.issues);
    return { ...newInitiative({ ...facts, owner }, config), factsVersion: version };
  };
  const saved = await ports.initiatives.update(
    facts.id,
    async (current) => {
      if (current.revision === 0 && config) {
        outcome = 'created';
        return rescoreRecord(current, config, null);
      }
      if (!isNewer(version, current.factsVersion)) return undefined;
      outcome = 'updated';
      return {
        ...current,
        issueKey: facts.key,
        projectKey: facts.projectKey,
        summary: facts.summary,
        status: facts.status,
        statusCategory: facts.statusCategory,
        issueType: facts.issueType,
        owner: await ownerOf(facts, current.owner, ports.issues),
        factsVersion: version,
        ...(await lifecycleAfter(ports, current, facts.status, version)),
      };
    },
    create,
  );
  return saved ? outcome : 'ignored';
}
