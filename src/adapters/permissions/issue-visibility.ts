import api, { route } from '@forge/api';
import * as z from 'zod';
import type { IssueVisibilityPort } from '../../application/issue-visibility';
import { requestWithRetry } from '../product/request-with-retry';

/** `POST /rest/api/3/permissions/check` takes at most 1,000 issue ids per call (jira-platform.json). */
const MAX_ISSUES_PER_CHECK = 1000;

/** `BulkPermissionGrants`: only what is read here. */
const grantsSchema = z.object({
  projectPermissions: z.array(z.object({ permission: z.string(), issues: z.array(z.number()) })),
});

/**
 * The issues the calling user may browse, asked of Jira as that user with the bulk permission
 * check (`BulkPermissionsRequestBean`: `projectPermissions: [{ permissions: ['BROWSE_PROJECTS'],
 * issues }]`). Jira leaves out issues the user cannot see, issue-level security included. Ids that
 * are not numeric are never granted. Throws when a check fails, so callers fail closed.
 */
export async function browsableIssues(issueIds: readonly string[]): Promise<ReadonlySet<string>> {
  const ids = [...new Set(issueIds.filter((id) => /^\d{1,18}$/.test(id)).map(Number))];
  const granted = new Set<string>();
  for (let start = 0; start < ids.length; start += MAX_ISSUES_PER_CHECK) {
    const issues = ids.slice(start, start + MAX_ISSUES_PER_CHECK);
    const body = { projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], issues }] };
    // A read-only POST: safe to retry when Jira is busy.
    const res = await requestWithRetry(() =>
      api.asUser().requestJira(route`/rest/api/3/permissions/check`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      }),
    );
    if (!res.ok) throw new Error(`Jira bulk permission check failed with ${res.status}`);
    const grants = grantsSchema.parse(await res.json());
    for (const grant of grants.projectPermissions) {
      if (grant.permission === 'BROWSE_PROJECTS') for (const id of grant.issues) granted.add(String(id));
    }
  }
  return granted;
}

/** The one adapter behind `IssueVisibilityPort`: Jira's bulk permission check, as the reader. */
export const issueVisibility: IssueVisibilityPort = { browsable: browsableIssues };
