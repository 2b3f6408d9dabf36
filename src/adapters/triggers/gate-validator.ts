import api, { route } from '@forge/api';
import * as z from 'zod';
import { checkTransition } from '../../application/lifecycle/check-transition.use-case';
import { readIssue } from '../product/jira-gateway';
import { readInitiativeAndPilot } from '../storage/pilot.repository';
import { loadWorkflowMap } from '../storage/workflow-map.repository';
import { loadSettings } from '../storage/settings.repository';

const statusRef = z.object({ id: z.union([z.string(), z.number()]).transform(String) });
const validatorArgs = z.object({
  issue: z.object({ key: z.string(), id: z.union([z.string(), z.number()]).transform(String).optional() }),
  transition: z.object({ to: statusRef, from: statusRef.optional() }),
});

const statusSchema = z.object({ name: z.string() });

/** A status's name by id (`GET /rest/api/3/status/{idOrName}`, operationId getStatus), as the app. */
async function statusName(id: string): Promise<string> {
  const status = await api.asApp().requestJira(route`/rest/api/3/status/${id}`, {
    headers: { Accept: 'application/json' },
  });
  if (!status.ok) throw new Error(`Reading status ${id} failed with ${status.status}`);
  return statusSchema.parse(await status.json()).name;
}

/**
 * `jira:workflowValidator`: Jira asks before a transition (checkTransition: the admins' configured
 * gates and the lifecycle when a mapping is saved, the built-in gate otherwise). The transition's
 * target and source statuses come as ids and are read by name, at once. Fails closed: if the app
 * cannot read what it needs, the transition is refused with a message saying so.
 */
export async function gateValidator(args: unknown): Promise<{ result: boolean; errorMessage?: string }> {
  const parsed = validatorArgs.safeParse(args);
  if (!parsed.success) return { result: false, errorMessage: 'CSI gate: the transition could not be checked.' };
  try {
    const { to, from } = parsed.data.transition;
    const [target, source, issueId] = await Promise.all([
      statusName(to.id),
      from ? statusName(from.id) : Promise.resolve(undefined),
      parsed.data.issue.id ?? readIssue(parsed.data.issue.key).then((issue) => issue.id),
    ]);
    const ports = {
      workflowMap: loadWorkflowMap,
      readWithInitiative: readInitiativeAndPilot,
      today: () => new Date().toISOString().slice(0, 10),
      takesPart: async (id: string) => {
        const [issue, settings] = await Promise.all([readIssue(id), loadSettings()]);
        return settings.config.enabledIssueTypes.includes(issue.issueType);
      },
    };
    return await checkTransition(ports, issueId, target, source);
  } catch (cause) {
    console.error('CSI gate check failed', cause);
    return {
      result: false,
      errorMessage: 'CSI gate: the CSI app could not check this initiative right now; try again.',
    };
  }
}
