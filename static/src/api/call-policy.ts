/**
 * Writes that take a client request id (src/contracts/request-id.ts): one id per user action, kept
 * across the automatic retries of that action, so a retry the resolver already applied has no
 * second effect (issue 8, "Bad input").
 */
const WITH_REQUEST_ID: ReadonlySet<string> = new Set([
  'issuePanel.rate',
  'issuePanel.savePlan',
  'issuePanel.reject',
  'issuePanel.recordDecision',
  'issuePanel.postUpdate',
  'stopCriteria.save',
  'checkpoint.save',
  'checkpoint.measure',
  'checkpoint.decide',
  'checkpoint.confirm',
  'checkpoint.completeRollback',
  'admin.setCsiAdmins',
  'programme.saveConfig',
  'lifecycleSettings.addService',
  'lifecycleSettings.updateService',
  'lifecycleSettings.retireService',
  'lifecycleSettings.saveWorkflow',
  'propose.submit',
  'commitments.request',
  'commitments.confirm',
  'dependencies.nameServices',
  'dependencies.markReviewed',
  'maturity.rate',
  'maturity.submit',
  'maturity.gapIssues',
  'maturity.saveModel',
  'maturity.setAssessors',
  'pirSettings.save',
  'pir.saveSection',
  'pir.complete',
]);

/** Calls that only read: retrying them is always safe. */
const READS: ReadonlySet<string> = new Set([
  'admin.get',
  'admin.findUsers',
  'issuePanel.get',
  'issuePanel.whoRated',
  'lifecycleSettings.findUsers',
  'lifecycleSettings.services',
  'lifecycleSettings.workflow',
  'macro.decisionLog',
  'macro.exportDecisionLog',
  'macro.progressReport',
  'programme.previewConfig',
  'programme.rescoreProgress',
  'programme.scoringConfig',
  'projectPage.archive',
  'projectPage.decisionLog',
  'projectPage.exportArchive',
  'projectPage.exportDecisionLog',
  'projectPage.exportPortfolio',
  'projectPage.grid',
  'projectPage.portfolio',
  'projectPage.pilotWatch',
  'projectPage.statuses',
  'projectPage.views',
  'propose.get',
  'resources.get',
  'commitments.findPeople',
  'maturity.view',
  'maturity.settings',
  'macro.maturity',
  'pirSettings.get',
  'pir.findActionOwners',
]);

/** Waits before the 2nd and 3rd attempt of a call that met a busy platform (UNAVAILABLE). */
export const RETRY_DELAYS_MS: readonly number[] = [250, 1000];

/** Whether `callKey` takes a request id, which the client then adds to each action's payload. */
export const takesRequestId = (callKey: string): boolean => WITH_REQUEST_ID.has(callKey);

/** Whether an UNAVAILABLE answer to `callKey` is retried: reads, and writes that carry a request id. */
export const retriesTransient = (callKey: string): boolean => READS.has(callKey) || WITH_REQUEST_ID.has(callKey);

/** A new request id (8 to 64 of [A-Za-z0-9_-]; a UUID is 36). */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The shape of an envelope this needs (structural, so the module stands alone). */
type Answer = { ok: true } | { ok: false; error: { code: string } };

/**
 * Runs `attempt` once, and again after each of `RETRY_DELAYS_MS` while it answers UNAVAILABLE
 * (Jira or storage busy, or the bridge unreachable); the last answer is what the caller shows.
 */
export async function withRetries<E extends Answer>(
  attempt: (n: number) => Promise<E>,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<E> {
  let answer = await attempt(0);
  for (let n = 0; n < delays.length && !answer.ok && answer.error.code === 'UNAVAILABLE'; n += 1) {
    await new Promise((resolve) => setTimeout(resolve, delays[n]));
    answer = await attempt(n + 1);
  }
  return answer;
}
