import { forgetIssue } from '../../application/lifecycle/forget-issue.use-case';
import { syncIssue } from '../../application/lifecycle/sync-issue.use-case';
import { attachPirDeps, productionDeps } from '../deps';
import { createMemo } from '../resolvers/memo';
import { pirsAdapter } from '../storage/pir.repository';
import { removeInitiative, wasDeleted } from '../storage/initiative.repository';
import { factsOf, issueEventSchema, reachedDone, statusMoved, touchesCopiedFacts } from './issue-event.schema';
import { syncPirActions } from '../../application/pir/sync-pir-actions.use-case';
import { attachPir } from '../../application/pir/attach-pir.use-case';

/**
 * `avi:jira:created:issue`, `avi:jira:updated:issue`, `avi:jira:deleted:issue`: keeps the
 * initiative's facts in step from the event payload (no `GET issue`), idempotently. The manifest's
 * `filter.expression` already drops updates the app has no use for; the same rule runs here again
 * before any read, so an event that gets past a filter costs nothing either. A move into a done
 * status attaches the initiative's PIR when a major-change rule asks for one (issue 11), once; a
 * status move of a PIR action's issue brings its PIR's recorded action statuses in step.
 */
export async function onIssueEvent(event: unknown): Promise<void> {
  const parsed = issueEventSchema.safeParse(event);
  if (!parsed.success) {
    const type =
      typeof event === 'object' && event !== null ? String((event as { eventType?: unknown }).eventType) : typeof event;
    console.warn(`Ignoring a malformed issue event (${type}); nothing was written`, parsed.error.issues.slice(0, 5));
    return;
  }
  const data = parsed.data;
  const deps = productionDeps(createMemo());
  const config = async () => (await deps.settings.load()).config;
  if (data.eventType === 'avi:jira:deleted:issue') {
    const deletedAt = new Date(data.timestamp ? Number(data.timestamp) : Date.now()).toISOString();
    await forgetIssue(
      { config, initiatives: deps.initiatives, remove: removeInitiative },
      { id: data.issue.id, key: data.issue.key, issueType: data.issue.fields.issuetype?.name, deletedAt },
    );
    return;
  }
  if (!touchesCopiedFacts(data)) return;
  const { facts, version } = factsOf(data);
  const synced = await syncIssue({ ...deps, config, wasDeleted }, facts, version);
  if (synced === 'ignored') {
    // Not an initiative: the manifest's filter lets through status moves of PIR action issues.
    if (statusMoved(data)) await followActionIssue(deps, facts.id);
    return;
  }
  if (reachedDone(data)) {
    const doneAt = new Date(version.updated).toISOString();
    await attachPir(attachPirDeps(deps), {
      issueId: facts.id,
      issueKey: facts.key,
      projectKey: facts.projectKey,
      issueType: facts.issueType,
      doneAt,
    });
  }
}

/** The PIR an action issue belongs to (its property, one Jira read), kept in step with Jira. */
async function followActionIssue(deps: ReturnType<typeof productionDeps>, issueId: string): Promise<void> {
  const pirIssueId = await deps.actionIssues.pirOf(issueId);
  if (pirIssueId) await syncPirActions({ pirs: pirsAdapter, actionIssues: deps.actionIssues }, pirIssueId);
}
