import { z } from 'zod';
import { syncIssue } from '../../application/lifecycle/sync-issue.use-case';
import { productionDeps } from '../deps';
import { createMemo } from '../resolvers/memo';

const issueEventSchema = z.object({
  eventType: z.string(),
  issue: z.object({ id: z.union([z.string(), z.number()]).transform(String), key: z.string() }),
});

/** `avi:jira:created:issue` / `avi:jira:updated:issue`: keep the initiative's facts in step (idempotent). */
export async function onIssueEvent(event: unknown): Promise<void> {
  const parsed = issueEventSchema.safeParse(event);
  if (!parsed.success) {
    console.warn('Ignoring a malformed issue event', parsed.error.issues);
    return;
  }
  const deps = productionDeps(createMemo());
  await syncIssue({ ...deps, config: async () => (await deps.settings.load()).config }, parsed.data.issue.id);
}
