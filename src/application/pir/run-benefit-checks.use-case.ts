import { judgeBenefit } from '../../domain/pir/judge-benefit';
import { addBusinessDays } from '../../domain/shared/add-business-days';
import type { InitiativeRecord } from '../initiative-record';
import type { ClockPort } from '../ports';
import type { ActionIssuesPort } from './action-issues.port';
import { ACTION_ISSUE_TYPE, ACTION_LINK_CLAIM_STALE_MS } from './link-pir-actions.use-case';
import { withCopy } from './pir-copy';
import type { BenefitCheckRecord, PirRecord } from './pir-record';
import { nextBenefitCheck } from './pir-schedule';
import type { PirsPort } from './pir.ports';

/** A lost benefit's review issue is due this many business days after the check. */
export const REVIEW_DUE_BUSINESS_DAYS = 10;

export interface BenefitCheckDeps {
  pirs: PirsPort;
  /** The PIRs whose next benefit check (or a lost check's review issue) is due by `through`, a page at a time. */
  due(through: string): AsyncIterable<PirRecord[]>;
  actionIssues: ActionIssuesPort;
  clock: ClockPort;
}

/** The action id a lost check's review issue carries in the action property, so a search finds it. */
export const reviewActionId = (days: number) => `benefit-review-${days}`;

/**
 * The daily benefit checks (issue 11 item 6): each PIR whose next check (+30 or +90 days after
 * closure) is due by `today` gets it, once: the initiative's KPI now (`kpiCurrent`) against its
 * baseline and target (`judgeBenefit`: kept, partly kept, lost; no verdict without a reading). A lost
 * benefit opens a review issue for the initiative's owner. Reads only what the index says is due.
 */
export async function runBenefitChecks(
  deps: BenefitCheckDeps,
  today: string,
): Promise<{ checked: number; lost: number; reviews: number }> {
  const totals = { checked: 0, lost: 0, reviews: 0 };
  for await (const page of deps.due(today)) {
    for (const pir of page) {
      const made = await checkBenefit(deps, pir.issueId, today);
      if (made) totals.checked += 1;
      if (made?.verdict === 'lost') totals.lost += 1;
      if (await openReviews(deps, pir.issueId)) totals.reviews += 1;
    }
  }
  return totals;
}

/** The check the PIR is due, recorded with the initiative's copy in one transaction; undefined when none is due. */
async function checkBenefit(
  deps: BenefitCheckDeps,
  issueId: string,
  today: string,
): Promise<BenefitCheckRecord | undefined> {
  let made: BenefitCheckRecord | undefined;
  await deps.pirs.updateWithInitiative(issueId, (record, pir) => {
    made = undefined;
    if (!pir) return undefined;
    let next = pir;
    // A run that comes late (the platform skipped a day) makes every check that fell due since.
    for (let due = nextBenefitCheck(next); due && due.dueDate <= today; due = nextBenefitCheck(next)) {
      made = { ...due, ...judged(record), checkedAt: deps.clock.now() };
      next = { ...next, benefitChecks: [...next.benefitChecks, made] };
    }
    return made ? withCopy(record, next) : undefined;
  });
  return made;
}

/** The check's finding from the initiative's KPI now (no verdict without a KPI or a reading). */
function judged(record: InitiativeRecord) {
  const kpi = record.plan.kpi;
  const found = kpi
    ? judgeBenefit({
        direction: kpi.direction,
        baseline: kpi.baseline,
        target: kpi.expected,
        current: record.kpiCurrent,
      })
    : null;
  return {
    current: record.kpiCurrent,
    verdict: found?.verdict ?? null,
    retainedPct: found?.retainedPct ?? null,
    reviewIssueKey: null,
    reviewClaimedAt: null,
    reviewError: null,
  };
}

const needsReview = (c: BenefitCheckRecord) => c.verdict === 'lost' && c.reviewIssueKey === null;

/**
 * Opens the review issue of each lost check that has none, once: a claim on the check (a
 * conditional write), then a search for the issue a dead call may have made, then the create, then
 * the key. Jira refusing keeps why and releases the claim (the next daily run tries again).
 */
async function openReviews(deps: BenefitCheckDeps, issueId: string): Promise<boolean> {
  const now = deps.clock.now();
  let claimed: { days: number; record: InitiativeRecord; pir: PirRecord } | undefined;
  await deps.pirs.updateWithInitiative(issueId, (record, pir) => {
    claimed = undefined;
    const check = pir?.benefitChecks.find(
      (c) =>
        needsReview(c) &&
        (c.reviewClaimedAt === null || Date.parse(now) - Date.parse(c.reviewClaimedAt) >= ACTION_LINK_CLAIM_STALE_MS),
    );
    if (!pir || !check) return undefined;
    const next = setCheck(pir, check.days, { reviewClaimedAt: now });
    claimed = { days: check.days, record, pir: next };
    return withCopy(record, next);
  });
  if (!claimed) return false;
  const { days, record, pir } = claimed;
  const found = (await deps.actionIssues.searchAll(issueId)).find((i) => i.actionId === reviewActionId(days));
  const check = pir.benefitChecks.find((c) => c.days === days)!;
  const created = found
    ? { ok: true as const, issueKey: found.issueKey }
    : await deps.actionIssues.create({
        pirIssueId: issueId,
        initiativeKey: pir.issueKey,
        projectKey: pir.projectKey,
        actionId: reviewActionId(days),
        title: `Benefit lost: ${record.summary}`,
        ownerAccountId: record.owner?.accountId ?? '',
        priority: 'high',
        dueDate: addBusinessDays(now.slice(0, 10), REVIEW_DUE_BUSINESS_DAYS) ?? now.slice(0, 10),
        issueType: ACTION_ISSUE_TYPE,
        description: reviewText(pir, record, check),
      });
  if (created.ok) await deps.actionIssues.link(pir.issueKey, created.issueKey);
  await deps.pirs.updateWithInitiative(issueId, (current, stored) =>
    stored
      ? withCopy(
          current,
          setCheck(
            stored,
            days,
            created.ok
              ? { reviewIssueKey: created.issueKey, reviewClaimedAt: null, reviewError: null }
              : {
                  reviewClaimedAt: null,
                  reviewError: `Jira did not create the review issue: ${created.message}`.slice(0, 500),
                },
          ),
        )
      : undefined,
  );
  return created.ok;
}

function setCheck(pir: PirRecord, days: number, patch: Partial<BenefitCheckRecord>): PirRecord {
  return { ...pir, benefitChecks: pir.benefitChecks.map((c) => (c.days === days ? { ...c, ...patch } : c)) };
}

function reviewText(pir: PirRecord, record: InitiativeRecord, check: BenefitCheckRecord): string {
  const kpi = record.plan.kpi;
  return [
    `The benefit check ${check.days} days after ${pir.issueKey} was closed found the improvement lost.`,
    kpi
      ? `${kpi.name}: baseline ${kpi.baseline}, target ${kpi.expected}, now ${check.current ?? 'not measured'} (${check.retainedPct ?? 0} % of the planned improvement kept).`
      : '',
    'Review why, and decide whether to restore it, accept it, or start a new initiative.',
  ]
    .filter(Boolean)
    .join('\n');
}
