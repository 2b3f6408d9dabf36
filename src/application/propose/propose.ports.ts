import type { SettingsPort } from '../ports';

/** A request's progress: claimed before the create, then the proposal, then whether it is linked. */
export interface ProposalRecord {
  sourceKey: string;
  at: string;
  proposal?: { id: string; key: string };
  linked?: boolean;
}

/** The outcome of Jira's create, asked as the user: Jira's own permissions and field rules apply. */
export type CreateOutcome =
  | { ok: true; id: string; key: string }
  | { ok: false; status: number; message: string; fieldErrors: Record<string, string[]> };

/** Jira, as the calling user. */
export interface ProposeJiraPort {
  source(key: string): Promise<{ key: string; summary: string; issueType: string }>;
  creatableProjects(): Promise<Array<{ id: string; key: string; name: string }>>;
  /** The project if the user can see it, with whether they may create issues in it (permissions/check). */
  project(key: string): Promise<{ id: string; key: string; name: string; canCreate: boolean } | undefined>;
  create(draft: {
    projectKey: string;
    issueType: string;
    summary: string;
    why: string;
    sourceKey: string;
  }): Promise<CreateOutcome>;
  /** Links the proposal to its source ("Relates"); false when Jira refuses the link. */
  link(sourceKey: string, proposalKey: string): Promise<boolean>;
}

/** Request records keyed per caller and request id (a retried submit creates one issue). */
export interface ProposalRequestsPort {
  key(accountId: string, requestId: string): string;
  get(key: string): Promise<ProposalRecord | undefined>;
  /** Writes the record only if the key is absent; false when another call claimed it first. */
  claim(key: string, record: ProposalRecord): Promise<boolean>;
  save(key: string, record: ProposalRecord): Promise<void>;
  release(key: string): Promise<void>;
}

export interface ProposeDeps {
  settings: SettingsPort;
  jira: ProposeJiraPort;
  requests: ProposalRequestsPort;
  now(): string;
}
