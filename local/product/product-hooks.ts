/**
 * The port through which the product simulator reaches the app, as the Forge platform does:
 * product events for `trigger` modules and `jira:workflowValidator` checks. The local host wires
 * these to the app's handlers; the defaults do nothing and allow every transition.
 */

/** One changed field, as in the `changelog.items` of `avi:jira:updated:issue`. */
export interface EventChangeItem {
  field: string;
  fieldtype: string;
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/** The payload of `avi:jira:created:issue` and `avi:jira:updated:issue`, shaped as Forge delivers it. */
export interface IssueEvent {
  eventType: 'avi:jira:created:issue' | 'avi:jira:updated:issue';
  /** True when the app itself caused the change (the platform's `ignoreSelf` filters on it). */
  selfGenerated: boolean;
  issue: { id: string; key: string; fields: Record<string, unknown> };
  /** The user who caused the event; absent when the app acted as itself. */
  atlassianId?: string;
  associatedUsers?: Array<{ accountId: string }>;
  /** Only on status changes: `[from, to]`. */
  associatedStatuses?: Array<{ id: string; name: string }>;
  changelog?: { id: string; items: EventChangeItem[] };
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
