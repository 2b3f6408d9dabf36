import type { DecisionsPort } from '../ports';
import type { PanelDeps } from '../scoring/panel.ports';

/** What a no-go's rollback issue is made of (the use case builds it; the adapter sends it to Jira). */
export interface RollbackIssueDraft {
  projectKey: string;
  issueType: string;
  summary: string;
  /** The checkpoint's rollback procedure, as plain text (the adapter turns it into Jira's document format). */
  description: string;
  /** The initiative's owner, or null to leave it unassigned. */
  assigneeAccountId: string | null;
  /** `YYYY-MM-DD`. */
  dueDate: string;
}

export type RollbackCreated = { ok: true; key: string } | { ok: false; message: string };

/** Jira (as the app) for the rollback work of a no-go. */
export interface RollbackJiraPort {
  /** Creates the issue once (POST /rest/api/3/issue is not idempotent: never retried by the adapter). */
  create(draft: RollbackIssueDraft): Promise<RollbackCreated>;
  /** Links the rollback issue to the initiative (safe to repeat); false when Jira refused. */
  link(initiativeKey: string, rollbackKey: string): Promise<boolean>;
}

/** The checkpoint use cases' ports: the panel's, the decision log, and Jira for the rollback issue. */
export type CheckpointDeps = PanelDeps & { decisions: DecisionsPort; rollback: RollbackJiraPort };
