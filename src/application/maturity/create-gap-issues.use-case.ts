import { isQuarter } from '../../domain/maturity/quarter';
import { ok } from '../../domain/result';
import { isAssessor, notAnAssessor, settingsOf } from './maturity-access';
import type { GapIssuesRecord, PeriodSummary } from './maturity-records';
import type { MaturityCaller, MaturityDeps } from './maturity.ports';
import { refuse, type MaturityResult } from './maturity-refusal';
import { gapIssueDraft } from './gap-issue-draft';

/** A claim older than this belongs to a call that died; the next call takes it over (a call lasts at most 25 s). */
export const GAP_ISSUE_CLAIM_STALE_MS = 120_000;

/** The gaps of a submitted period to turn into Jira issues. */
export interface GapIssuesInput {
  period: string;
  criterionIds: string[];
}

/** Each selected gap's issue (null when Jira refused it), and why Jira refused or did not link it. */
export interface GapIssuesAnswer {
  period: string;
  issues: { criterionId: string; issueKey: string | null; error: string | null }[];
}

const emptyRecord = (period: string): GapIssuesRecord => ({
  period,
  links: {},
  errors: {},
  claimedAt: null,
  revision: 0,
});

/** The selection checked against the period's gaps: each id once, every one a gap of the summary. */
function checkSelection(summary: PeriodSummary, criterionIds: readonly string[]): MaturityResult<string[]> {
  const selected = [...new Set(criterionIds)];
  if (selected.length === 0) {
    const message = 'Select at least one gap to turn into a Jira issue.';
    return refuse('INVALID_INPUT', 'NO_GAPS_SELECTED', message, { criterionIds: [message] });
  }
  const gaps = new Set(Object.values(summary.gaps).flat());
  const wrong = criterionIds.flatMap((id, i) => (gaps.has(id) ? [] : [i]));
  if (wrong.length === 0) return ok(selected);
  const fieldErrors = Object.fromEntries(
    wrong.map((i) => [
      `criterionIds.${i}`,
      [`Not a gap of ${summary.period}: only unachieved criteria of a next level are.`],
    ]),
  );
  const message = `Select gaps of ${summary.period}: ${wrong.map((i) => criterionIds[i]).join(', ')} is not one.`;
  return refuse('INVALID_INPUT', 'NOT_A_GAP', message, fieldErrors);
}

/**
 * A CSI admin or an assessor turns selected gaps of a submitted period into Jira issues in the CSI
 * project (issue 12 item 3), each linked back to the assessment and scored as a proposal. Each gap
 * gets one issue however often this runs: the call claims the work on the period's gap-issues
 * record (a conditional write, so of two calls at once one goes on and the other is answered
 * `CONFLICT`), looks for issues an earlier call made but did not record (it may have died between
 * Jira's answer and the store), creates only the missing ones, then records the keys and releases
 * the claim, also when Jira failed part of the way. Refused, writing nothing: a caller who is not an
 * assessor, a period not submitted, an empty selection, a criterion that is not one of its gaps.
 */
export async function createGapIssues(
  deps: MaturityDeps,
  caller: MaturityCaller,
  input: GapIssuesInput,
): Promise<MaturityResult<GapIssuesAnswer>> {
  const settings = await settingsOf(deps.maturity);
  if (!isAssessor(caller, settings)) return notAnAssessor('turn gaps into Jira issues');
  if (!isQuarter(input.period)) {
    return refuse('INVALID_INPUT', 'INVALID_PERIOD', 'The period is a quarter written 2026-Q3.');
  }
  const summary = await deps.maturity.getSummary(input.period);
  if (!summary) {
    const message = `The assessment of ${input.period} is not submitted: its gaps are known once it is.`;
    return refuse('PRECONDITION_FAILED', 'NOT_SUBMITTED', message);
  }
  const selection = checkSelection(summary, input.criterionIds);
  if (!selection.ok) return selection;
  const now = deps.clock.now();
  let pending: string[] = [];
  let inFlight = false;
  const claimed = await deps.maturity.updateGapIssues(input.period, (current) => {
    const record = current ?? emptyRecord(input.period);
    pending = selection.value.filter((id) => record.links[id] === undefined);
    inFlight = record.claimedAt !== null && Date.parse(now) - Date.parse(record.claimedAt) < GAP_ISSUE_CLAIM_STALE_MS;
    return pending.length === 0 || inFlight ? undefined : { ...record, claimedAt: now };
  });
  if (pending.length > 0 && inFlight) {
    const message = 'Another call is creating these issues right now: wait a moment, then reload.';
    return refuse('CONFLICT', 'GAP_ISSUES_IN_FLIGHT', message);
  }
  const stored = pending.length === 0 ? claimed : await makeIssues(deps, summary, pending);
  return ok({
    period: input.period,
    issues: selection.value.map((criterionId) => ({
      criterionId,
      issueKey: stored?.links[criterionId] ?? null,
      error: stored?.errors[criterionId] ?? null,
    })),
  });
}

/** Creates the pending gaps' issues (those found made already are reused), then records them and releases the claim. */
async function makeIssues(
  deps: MaturityDeps,
  summary: PeriodSummary,
  pending: readonly string[],
): Promise<GapIssuesRecord | undefined> {
  const keys: Record<string, string> = {};
  const problems: Record<string, string> = {};
  let stored: GapIssuesRecord | undefined;
  try {
    const header = await deps.maturity.getAssessment(summary.period);
    if (!header) throw new Error(`The summary of ${summary.period} has no assessment`);
    const found = new Map((await deps.gapIssues.existing(summary.period)).map((i) => [i.criterionId, i.issueKey]));
    for (const criterionId of pending) {
      let key = found.get(criterionId);
      if (key === undefined) {
        const created = await deps.gapIssues.create(gapIssueDraft(summary, header.model, criterionId));
        if (!created.ok) {
          problems[criterionId] = `Jira did not create its issue: ${created.message}`.slice(0, 500);
          continue;
        }
        key = created.issueKey;
      }
      keys[criterionId] = key;
      if (!(await deps.gapIssues.link(key, summary.period)))
        problems[criterionId] = `${key} was created but Jira did not link it back to the assessment.`;
    }
  } finally {
    stored = await settle(deps, summary.period, keys, problems);
  }
  return stored;
}

/** Records the keys made and the problems, and releases the claim; answers what is stored after. */
function settle(
  deps: MaturityDeps,
  period: string,
  keys: Record<string, string>,
  problems: Record<string, string>,
): Promise<GapIssuesRecord | undefined> {
  return deps.maturity.updateGapIssues(period, (current) => {
    const record = current ?? emptyRecord(period);
    const errors = { ...record.errors };
    for (const id of Object.keys(keys)) delete errors[id];
    return { ...record, links: { ...keys, ...record.links }, errors: { ...errors, ...problems }, claimedAt: null };
  });
}
