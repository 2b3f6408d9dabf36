import type { ServiceResponse } from '../../runtime/service';
import { accountIdOf } from './access';
import { browsableIssue, isIssue } from './issue-access';
import type { JiraContext } from './jira-context';
import { isRecord, jiraError, noContent } from './jira-http';
import { route, type JiraRoute } from './jira-route';

/**
 * `POST /rest/api/3/issue/{issueIdOrKey}/notify` (operationId notify, jira-platform.json): "Creates
 * an email notification for an issue and adds it to the mail queue"; 204 when queued. Needs Browse
 * Projects (and issue-level security) on the issue. Recipients (`NotificationRecipients`): the
 * assignee, the reporter, named users. 400 when a recipient is invalid ("the recipient is set to
 * the assignee, but the issue is unassigned"), when it is the calling user, or when none is named.
 * Watchers, voters and groups are not simulated (the app does not use them): asking for them is a 400.
 */
function notify(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const body = isRecord(ctx.body) ? ctx.body : {};
  const to = isRecord(body.to) ? body.to : {};
  if (to.watchers || to.voters || to.groups || to.groupIds)
    return jiraError(400, ['The simulator notifies the assignee, the reporter and named users only.']);
  const recipients: string[] = [];
  if (to.assignee === true) {
    if (!issue.assigneeId) return jiraError(400, ['The issue is unassigned: there is no assignee to notify.']);
    recipients.push(issue.assigneeId);
  }
  if (to.reporter === true && issue.reporterId) recipients.push(issue.reporterId);
  for (const user of Array.isArray(to.users) ? to.users : []) {
    const id = isRecord(user) && typeof user.accountId === 'string' ? user.accountId : undefined;
    if (!id || !ctx.store.users.get(id)) return jiraError(400, ['A recipient is not a valid user.']);
    recipients.push(id);
  }
  const unique = [...new Set(recipients)];
  if (unique.length === 0) return jiraError(400, ['The notification has no recipients.']);
  const caller = accountIdOf(ctx.subject);
  if (caller && unique.includes(caller)) return jiraError(400, ['The recipient is the same as the calling user.']);
  const subject = typeof body.subject === 'string' && body.subject ? body.subject : `${issue.key}: ${issue.summary}`;
  const textBody = typeof body.textBody === 'string' ? body.textBody : '';
  ctx.store.notifications.add({
    issueId: issue.id,
    recipients: unique,
    subject,
    textBody,
    sentAt: ctx.now.toISOString(),
  });
  return noContent();
}

export const notifyRoutes: JiraRoute[] = [route('POST', /^\/rest\/api\/3\/issue\/([^/]+)\/notify$/, 'write', notify)];
