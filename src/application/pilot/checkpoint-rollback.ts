import { addBusinessDays } from '../../domain/shared/add-business-days';
import type { InitiativeRecord } from '../initiative-record';
import type { CheckpointDecisionRecord, CheckpointRecord } from './checkpoint-record';
import { checkpointOf } from './checkpoint-effect';
import { needsRollback, ROLLBACK_CLAIM_STALE_MS } from './checkpoint-view';
import type { CheckpointDeps } from './checkpoint.ports';

/**
 * A no-go's rollback issue is due this many business days (Monday to Friday, no holidays) after the
 * day the no-go took effect. A constant for now (issue 10 item 2: "a configured number"); a CSI admin
 * setting can replace it without changing the use cases.
 */
export const ROLLBACK_DUE_BUSINESS_DAYS = 5;

/** The issue type of the rollback work: a plain Task, so it never takes part in CSI scoring itself. */
export const ROLLBACK_ISSUE_TYPE = 'Task';

/** What became of the rollback issue: created now or before, left to another call, or refused by Jira. */
export type RollbackOutcome = 'created' | 'exists' | 'in-flight' | 'not-needed' | 'refused';

/**
 * Makes sure a no-go in effect has its one rollback issue (domain.md section 2: the rollback
 * procedure becomes tracked work): a Jira issue in the initiative's project, summary from the
 * checkpoint, the rollback procedure as description, assigned to the initiative's owner, due
 * `ROLLBACK_DUE_BUSINESS_DAYS` business days after today, linked to the initiative.
 *
 * Created once, however often it is called: the call first claims the creation on the checkpoint's
 * decision (a conditional pilot write, so of two concurrent calls one wins), creates the issue, then
 * stores its key. A call that finds the key does nothing; one that finds a fresh claim leaves it to
 * its owner; a claim older than ROLLBACK_CLAIM_STALE_MS (its call died between the create and the
 * store) is taken over. Jira refusing the create releases the claim and keeps why, for the panel.
 */
export async function ensureRollbackIssue(
  deps: CheckpointDeps,
  record: Pick<InitiativeRecord, 'issueId' | 'issueKey' | 'projectKey' | 'owner'>,
  checkpointId: string,
): Promise<RollbackOutcome> {
  const now = deps.clock.now();
  let claimed: CheckpointDecisionRecord | undefined;
  let checkpoint: CheckpointRecord | undefined;
  let outcome: RollbackOutcome = 'not-needed';
  await deps.pilots.update(record.issueId, record.projectKey, (pilot) => {
    claimed = undefined;
    checkpoint = checkpointOf(pilot, checkpointId);
    const d = checkpoint?.decision ?? null;
    if (!d || !needsRollback(d)) {
      outcome = d?.rollbackIssueKey ? 'exists' : 'not-needed';
      return undefined;
    }
    const fresh = d.rollbackClaimedAt && Date.parse(now) - Date.parse(d.rollbackClaimedAt) < ROLLBACK_CLAIM_STALE_MS;
    if (fresh) {
      outcome = 'in-flight';
      return undefined;
    }
    const { rollbackError: _dropped, ...rest } = d;
    claimed = { ...rest, rollbackClaimedAt: now };
    return setDecision(pilot, checkpointId, claimed);
  });
  if (!claimed || !checkpoint) return outcome;
  let created: Awaited<ReturnType<CheckpointDeps['rollback']['create']>>;
  try {
    created = await deps.rollback.create(draftOf(record, checkpoint, now));
  } catch (cause) {
    // Jira said it did not take the request (rate-limited, unavailable): release the claim, so a
    // retry creates it. Any other failure (a timeout) leaves the claim: the issue may exist, and a
    // second one must not; the claim goes stale after ROLLBACK_CLAIM_STALE_MS.
    if (notTaken(cause)) await settle(deps, record, checkpointId, released('Jira was busy; try again.'));
    throw cause;
  }
  if (!created.ok) {
    await settle(deps, record, checkpointId, released(`Jira did not create the rollback issue: ${created.message}`));
    return 'refused';
  }
  const linked = await deps.rollback.link(record.issueKey, created.key);
  const key = created.key;
  await settle(deps, record, checkpointId, (d) => {
    const { rollbackClaimedAt: _done, rollbackError: _none, ...rest } = d;
    return {
      ...rest,
      rollbackIssueKey: key,
      ...(linked ? {} : { rollbackError: `${key} was created but Jira did not link it to ${record.issueKey}.` }),
    };
  });
  return 'created';
}

/** Whether an error says Jira did not take the request at all (429 rate-limited, 503 unavailable). */
const notTaken = (cause: unknown): boolean => {
  const status = (cause as { status?: unknown } | null)?.status;
  return status === 429 || status === 503;
};

/** The claim released, with why, for the panel. */
const released =
  (problem: string) =>
  (d: CheckpointDecisionRecord): CheckpointDecisionRecord => {
    const { rollbackClaimedAt: _released, ...rest } = d;
    return { ...rest, rollbackError: problem.slice(0, 500) };
  };

function draftOf(
  record: Pick<InitiativeRecord, 'issueKey' | 'projectKey' | 'owner'>,
  checkpoint: CheckpointRecord,
  now: string,
) {
  return {
    projectKey: record.projectKey,
    issueType: ROLLBACK_ISSUE_TYPE,
    summary: `Roll back ${record.issueKey}: ${checkpoint.name} was a no-go`.slice(0, 255),
    description: checkpoint.rollbackProcedure,
    assigneeAccountId: record.owner?.accountId ?? null,
    dueDate: addBusinessDays(now.slice(0, 10), ROLLBACK_DUE_BUSINESS_DAYS) ?? now.slice(0, 10),
  };
}

function setDecision(pilot: NonNullable<Parameters<typeof checkpointOf>[0]>, id: string, d: CheckpointDecisionRecord) {
  return { ...pilot, checkpoints: pilot.checkpoints.map((c) => (c.id === id ? { ...c, decision: d } : c)) };
}

/** How often the write after the create is tried before giving up (see `settle`). */
const SETTLE_ATTEMPTS = 8;

/**
 * Changes the checkpoint's decision after the create (only while it has no issue key yet). The key
 * of an issue Jira created must not be lost (a lost key becomes a second issue once the claim is
 * stale), so a failing write is tried again, SETTLE_ATTEMPTS times in all.
 */
async function settle(
  deps: CheckpointDeps,
  record: Pick<InitiativeRecord, 'issueId' | 'projectKey'>,
  checkpointId: string,
  change: (d: CheckpointDecisionRecord) => CheckpointDecisionRecord,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await deps.pilots.update(record.issueId, record.projectKey, (pilot) => {
        const d = checkpointOf(pilot, checkpointId)?.decision;
        if (!d || d.rollbackIssueKey) return undefined;
        return setDecision(pilot, checkpointId, change(d));
      });
      return;
    } catch (cause) {
      if (attempt >= SETTLE_ATTEMPTS) throw cause;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}
