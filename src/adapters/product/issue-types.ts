import api, { route } from '@forge/api';
import * as z from 'zod';

const issueTypesSchema = z.array(z.object({ id: z.string(), name: z.string(), subtask: z.boolean().optional() }));

/** The site's issue types (as the admin sees them), for choosing which take part in CSI. */
export async function listIssueTypes(): Promise<Array<{ id: string; name: string }>> {
  const res = await api.asUser().requestJira(route`/rest/api/3/issuetype`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`Listing issue types failed with ${res.status}`);
  return issueTypesSchema
    .parse(await res.json())
    .filter((t) => !t.subtask)
    .map(({ id, name }) => ({ id, name }));
}
