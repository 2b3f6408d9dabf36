import type { ReminderKind } from '../../domain/pir/pir-due-date';
import type { ActionPriority } from '../../domain/pir/pir.vocabulary';

/** A PIR action's Jira issue as a search finds it: which action it is for, and where it stands. */
export interface ActionIssue {
  actionId: string;
  issueId: string;
  issueKey: string;
  statusName: string;
  statusCategory: string;
  resolution: string | null;
  assignee: { accountId: string; displayName: string } | null;
  dueDate: string | null;
}

/** What an action's issue is created from. */
export interface ActionIssueDraft {
  /** The initiative whose PIR holds the action: its issue id (the issue property that finds the action again), key and project. */
  pirIssueId: string;
  initiativeKey: string;
  projectKey: string;
  actionId: string;
  title: string;
  ownerAccountId: string;
  priority: ActionPriority;
  dueDate: string;
  issueType: string;
  /** What the issue says it is for; the adapter writes the PIR follow-up text when it is absent. */
  description?: string;
}

/** A reminder about an action's issue, sent to its assignee through Jira's notifications. */
export interface ActionReminder {
  issueKey: string;
  kind: ReminderKind;
  title: string;
  dueDate: string;
  initiativeKey: string;
}

/** The Jira side of PIR actions (issue 11 item 4): each action is a linked Jira issue. */
export interface ActionIssuesPort {
  /**
   * The action issues of the PIR of `pirIssueId` the caller may see, found by the issue property
   * they are created with: one JQL search, whatever their number.
   */
  search(pirIssueId: string): Promise<ActionIssue[]>;
  /** The same search as the app, which sees every issue it made (so none is made twice). */
  searchAll(pirIssueId: string): Promise<ActionIssue[]>;
  /** Creates the action's issue with the property that finds it again; never retried (not idempotent). */
  create(draft: ActionIssueDraft): Promise<{ ok: true; issueKey: string } | { ok: false; message: string }>;
  /** The initiative (issue id) whose PIR an issue is an action of, from the issue's property; undefined for any other issue. */
  pirOf(issueId: string): Promise<string | undefined>;
  /** Emails the issue's assignee a reminder (Jira's notification queue); false when Jira refused (unassigned, say). */
  remind(reminder: ActionReminder): Promise<boolean>;
  /** Links the action's issue to the initiative ("Relates"); linking twice is harmless. */
  link(initiativeKey: string, actionKey: string): Promise<boolean>;
}
