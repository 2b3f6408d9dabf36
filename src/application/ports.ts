import type { PirRecord } from './pir/pir-record';
import type { DecisionDraft, DecisionEntry } from '../domain/decision-log/decision-entry';
import type { ScoringConfig } from '../domain/scoring/scoring-config';
import type { InitiativeRecord, UserRefRecord } from './initiative-record';
import type { RaterRatings } from './rater-ratings';
import type { PilotRecord } from './pilot/pilot-record';
import type { ServiceCatalogue } from './lifecycle-settings/lifecycle-settings.ports';
import type { ProgressUpdateView } from '../contracts/views';

/**
 * The ports the use cases depend on. Adapters implement them with `@forge/kvs` and `@forge/api`;
 * tests may pass in-memory fakes.
 */
export interface SettingsPort {
  load(): Promise<{ config: ScoringConfig; csiAdmins: string[] }>;
}

export interface InitiativesPort {
  get(issueId: string): Promise<InitiativeRecord | undefined>;
  update(
    issueId: string,
    mutate: (current: InitiativeRecord) => Promise<InitiativeRecord | undefined> | InitiativeRecord | undefined,
    /**
     * Builds the record when there is none yet (read only then, so a write costs one get); undefined
     * leaves it absent.
     */
    create?: () => InitiativeRecord | undefined | Promise<InitiativeRecord | undefined>,
    /** `requestKey`: recorded in the same transaction as the change (see `RequestsPort`). */
    options?: { requestKey?: string },
  ): Promise<InitiativeRecord | undefined>;
}

/** An initiative's pilot (checkpoints, commitments, services), stored beside the initiative. */
export interface PilotsPort {
  /** One get; undefined when the initiative has no pilot stored. */
  get(issueId: string): Promise<PilotRecord | undefined>;
  /**
   * The initiative, its pilot, its PIR and the services catalogue in one batch get (what the panel
   * shows; the catalogue tells who owns the services a PIR's service-owner sections are for). A
   * store that cannot read them together leaves `pir` and `catalogue` out.
   */
  readWithInitiative(issueId: string): Promise<{
    record: InitiativeRecord | undefined;
    pilot: PilotRecord | undefined;
    pir?: PirRecord | undefined;
    catalogue?: ServiceCatalogue;
  }>;
  /**
   * Changes the pilot alone, conditionally on its revision, retried on contention; a missing pilot
   * starts empty; undefined from `mutate` changes nothing. Returns what is stored after.
   */
  update(
    issueId: string,
    projectKey: string,
    mutate: (current: PilotRecord) => Promise<PilotRecord | undefined> | PilotRecord | undefined,
    options?: { requestKey?: string },
  ): Promise<PilotRecord>;
  /**
   * Changes the initiative and its pilot in one transaction (a checkpoint decision moves the
   * lifecycle, say); the initiative must exist. Undefined from `change` changes nothing.
   */
  updateWithInitiative(
    issueId: string,
    change: (
      record: InitiativeRecord,
      pilot: PilotRecord,
    ) => Promise<{ record: InitiativeRecord; pilot: PilotRecord } | undefined>,
    options?: { requestKey?: string },
  ): Promise<{ record: InitiativeRecord | undefined; pilot: PilotRecord | undefined }>;
}

/** Ratings in their own entity, one per rater and initiative (the initiative keeps the tally). */
export interface RatingsPort {
  /** One rater's ratings of an initiative (one get). */
  mine(issueId: string, accountId: string): Promise<RaterRatings | undefined>;
  /**
   * A page of an initiative's raters with their rationales, latest first (one query of at most
   * `limit`); `nextCursor` when more follow, to pass back for the next page; 'invalid-cursor' when
   * `cursor` is not one the store issued for this list.
   */
  page(
    issueId: string,
    limit: number,
    cursor?: string,
  ): Promise<{ raters: RaterRatings[]; nextCursor?: string } | 'invalid-cursor'>;
  /**
   * Reads the initiative and the rater's entry in one batch get and changes both in one transaction
   * (`change` sees both as stored; undefined changes nothing); returns what is stored after.
   */
  rate(
    issueId: string,
    accountId: string,
    change: (
      current: InitiativeRecord,
      mine: RaterRatings | undefined,
    ) => Promise<{ record: InitiativeRecord; mine: RaterRatings } | undefined>,
    create?: () => InitiativeRecord | undefined | Promise<InitiativeRecord | undefined>,
  ): Promise<{ record: InitiativeRecord | undefined; mine: RaterRatings | undefined }>;
}

/**
 * Client request ids: a write records `accountId + requestId` with its change, in one transaction,
 * so a retried call can see that it already took effect and write nothing.
 */
export interface RequestsPort {
  /** The key for a caller's request id. */
  key(accountId: string, requestId: string): string;
  /** Whether a change with this key was committed (one get). */
  seen(key: string): Promise<boolean>;
}

/** What the app keeps about an issue (its own copy, kept in step by product events). */
export interface IssueFacts {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  status: string;
  statusCategory: string;
  issueType: string;
  owner: UserRefRecord | null;
}

export interface IssueFactsPort {
  read(issueIdOrKey: string): Promise<IssueFacts>;
}

export interface ScoreProjectionPort {
  /** Writes changed values to Jira and returns what Jira now holds. */
  project(record: InitiativeRecord): Promise<InitiativeRecord['projected']>;
}

export interface ProgressUpdatesPort {
  add(issueId: string, projectKey: string, update: ProgressUpdateView): Promise<void>;
  recent(issueId: string, limit: number): Promise<ProgressUpdateView[]>;
}

export interface IdentityPort {
  currentUser(): Promise<UserRefRecord>;
}

export interface ClockPort {
  now(): string;
  id(): string;
}

export interface DecisionsPort {
  head(): Promise<{ seq: number; hash: string }>;
  /** The latest entry of `type` about an issue, as stored (one indexed query), if any. */
  latestAbout(projectKey: string, issueKey: string, type: string): Promise<DecisionEntry | undefined>;
  /**
   * `requestKey` (see `RequestsPort`) commits in the same transaction as the entry, naming its seq,
   * so a retry finds the entry instead of appending it again (`byRequest`).
   */
  append(
    draft: DecisionDraft,
    actor: UserRefRecord,
    at: string,
    options?: { requestKey?: string },
  ): Promise<DecisionEntry>;
  /**
   * What a request key took effect on: the entry its append committed, 'other' for a write that was
   * not a decision, undefined when nothing was committed with it.
   */
  byRequest(requestKey: string): Promise<DecisionEntry | 'other' | undefined>;
}
