import api, { route } from '@forge/api';
import * as z from 'zod';
import { ensureOk } from './jira-gateway';
import { requestWithRetry } from './request-with-retry';

/** `IssueTypeWithStatus[]` (jira-platform.json, operation getAllStatuses): only what is read here. */
const statusesSchema = z.array(z.object({ statuses: z.array(z.object({ name: z.string() })) }));

/**
 * The workflow's statuses of a project, as the calling user sees them: Jira's
 * `GET /rest/api/3/project/{projectIdOrKey}/statuses` groups them by issue type; the names come
 * back once each, in the order Jira lists them.
 *
 * @example await projectStatuses('CSI') // ['To Do', 'Under Review', …]
 */
export async function projectStatuses(projectKey: string): Promise<string[]> {
  const res = await requestWithRetry(() =>
    api.asUser().requestJira(route`/rest/api/3/project/${projectKey}/statuses`, {
      headers: { Accept: 'application/json' },
    }),
  );
  const types = statusesSchema.parse(await (await ensureOk(res, `Reading the statuses of ${projectKey}`)).json());
  return [...new Set(types.flatMap((t) => t.statuses.map((s) => s.name)))];
}
