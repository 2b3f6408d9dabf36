import api, { route } from '@forge/api';
import * as z from 'zod';
import { gateForRecord } from '../../application/lifecycle/check-gate.use-case';
import { getInitiative } from '../storage/initiative.repository';
import { readIssue } from '../product/jira-gateway';

const validatorArgs = z.object({
  issue: z.object({ key: z.string(), id: z.union([z.string(), z.number()]).transform(String).optional() }),
  transition: z.object({ to: z.object({ id: z.union([z.string(), z.number()]).transform(String) }) }),
});

const statusSchema = z.object({ name: z.string() });

/**
 * `jira:workflowValidator`: Jira asks before a transition. Fails closed: if the app cannot read what
 * it needs, the transition is refused with a message saying so.
 */
export async function gateValidator(args: unknown): Promise<{ result: boolean; errorMessage?: string }> {
  const parsed = validatorArgs.safeParse(args);
  if (!parsed.success) return { result: false, errorMessage: 'CSI gate: the transition could not be checked.' };
  try {
    const status = await api.asApp().requestJira(route`/rest/api/3/status/${parsed.data.transition.to.id}`, {
      headers: { Accept: 'application/json' },
    });
    if (!status.ok) throw new Error(`Reading status ${parsed.data.transition.to.id} failed with ${status.status}`);
    const target = statusSchema.parse(await status.json()).name;
    const issueId = parsed.data.issue.id ?? (await readIssue(parsed.data.issue.key)).id;
    return gateForRecord(await getInitiative(issueId), target);
  } catch (cause) {
    console.error('CSI gate check failed', cause);
    return {
      result: false,
      errorMessage: 'CSI gate: the CSI app could not check this initiative right now; try again.',
    };
  }
}
