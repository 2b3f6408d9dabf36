/**
 * The port through which the product simulator reaches the app, as the Forge platform does:
 * product events for `trigger` modules and `jira:workflowValidator` checks. The local host wires
 * these to the app's handlers; the defaults do nothing and allow every transition.
 */

/**
 * One changed field, as in `changelog.items` of `avi:jira:updated:issue` (events-reference/jira,
 * "Issue updated": `to`/`from` are the new and previous values, or null when empty or cleared; for
 * users they are account ids and `toString`/`fromString` the display names).
 */
export interface EventChangeItem {
  field: string;
  fieldtype: string;
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/** A user in an event payload: only the account id (events-reference/jira, type reference `User`). */
export interface EventUser {
  accountId: string;
}

/**
 * `issue.fields` of an issue event: the fields the type reference lists (summary, issue type,
 * creator, created, project, reporter, assignee, updated, status), keyed as in the payload example
 * (`issuetype`, REST shapes; users carry only `accountId`).
 */
export interface EventIssueFields {
  summary: string;
  issuetype: Record<string, unknown>;
  creator: EventUser | null;
  created: string;
  project: Record<string, unknown> | null;
  reporter: EventUser | null;
  assignee: EventUser | null;
  updated: string;
  status: Record<string, unknown>;
}

export type IssueEventType = 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:deleted:issue';

/**
 * The payload of `avi:jira:created:issue`, `avi:jira:updated:issue` and `avi:jira:deleted:issue`,
 * shaped as events-reference/jira documents it (plus the common `timestamp`, epoch ms as a string).
 */
export interface IssueEvent {
  eventType: IssueEventType;
  /** True when the app itself caused the change (the platform's `ignoreSelf` filters on it). */
  selfGenerated: boolean;
  timestamp: string;
  issue: { id: string; key: string; fields: EventIssueFields };
  /** The user who caused the event; absent when the app acted as itself. */
  atlassianId?: string;
  /** The actor and, on updates, any user assigned or unassigned by the change. */
  associatedUsers?: EventUser[];
  /** Only on status changes: `[from, to]`. */
  associatedStatuses?: Array<{ id: string; name: string }>;
  /** Updates only: the changelog entry. */
  changelog?: { id: string; items: EventChangeItem[] };
  /** Updates only: the subtype, `issue_moved` for a move and `issue_generic` otherwise. */
  jiraEventTypeName?: string;
}

/** What a `jira:workflowValidator` is asked. */
export interface TransitionCheck {
  issue: { id: string; key: string };
  transition: {
    id: string;
    name: string;
    from: { id: string; name: string };
    to: { id: string; name: string };
  };
  /** The user performing the transition; undefined when the app transitions as itself. */
  accountId: string | undefined;
}

/** A validator's answer, as a Forge `jira:workflowValidator` function returns it. */
export interface TransitionVerdict {
  result: boolean;
  errorMessage?: string;
}

/** The app side of product events and workflow validators. */
export interface ProductHooks {
  /**
   * Called once per event after the change is committed and before the REST response returns.
   * Must not throw and should return quickly: deliver the event asynchronously, as Forge does.
   */
  onIssueEvent(event: IssueEvent): void;
  /** Asked before a transition is performed; a `result: false` refuses it with `errorMessage`. */
  validateTransition(check: TransitionCheck): TransitionVerdict | Promise<TransitionVerdict>;
}

/** Hooks that ignore events and allow every transition. */
export const noopProductHooks: ProductHooks = {
  onIssueEvent: () => undefined,
  validateTransition: () => ({ result: true }),
};
