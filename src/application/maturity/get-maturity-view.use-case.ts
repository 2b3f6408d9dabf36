import { compareQuarters, isQuarter } from '../../domain/maturity/quarter';
import { ok } from '../../domain/result';
import { isAssessor, MATURITY_HISTORY_LIMIT, quarterAt, settingsOf } from './maturity-access';
import type { PeriodSummary } from './maturity-records';
import type { MaturityCaller, MaturityDeps } from './maturity.ports';
import { refuse, type MaturityResult } from './maturity-refusal';
import type { MaturityView } from '../../contracts/maturity.contract';
import { draftView, hasAutomaticChecks } from './draft-view';
import { resultView, trendOf } from './result-view';

/** How many periods the trend shows unless asked otherwise (two years). */
export const MATURITY_TREND_DEFAULT = 8;

/** Which period to show (a quarter; the newest submitted one when absent) and how long a trend. */
export interface MaturityViewInput {
  period?: string | undefined;
  /** The submitted period to compare with (the newest one before `period` when absent or not submitted). */
  compare?: string | undefined;
  /** Periods in the trend, 1 to `MATURITY_HISTORY_LIMIT` (`MATURITY_TREND_DEFAULT` when absent). */
  history?: number | undefined;
}

/**
 * The maturity page and macro (issue 12): for `input.period`, or else the newest submitted period
 * (today's quarter when none is), the levels per dimension and for the organisation beside the
 * period before, stagnation, the gaps with their criteria, evidence and Jira issues, and the trend
 * of the newest submitted periods; for an assessor while the period is open, their ratings and the
 * app's proposals with the facts used. Anyone who reaches it reads submitted results; drafts are
 * for assessors only. The reads are bounded whatever the history: the settings, one query of at
 * most `MATURITY_HISTORY_LIMIT` summaries, the period's assessment, its gap issues, and the facts
 * for an assessor's draft.
 */
export async function getMaturityView(
  deps: MaturityDeps,
  caller: MaturityCaller,
  input: MaturityViewInput = {},
): Promise<MaturityResult<MaturityView>> {
  const settings = await settingsOf(deps.maturity);
  const you = { canAssess: isAssessor(caller, settings), canAdminister: caller.isCsiAdmin };
  if (input.period !== undefined && !isQuarter(input.period)) {
    const message = 'The period is a quarter written 2026-Q3.';
    return refuse('INVALID_INPUT', 'INVALID_PERIOD', message, { period: [message] });
  }
  const currentQuarter = quarterAt(deps.clock.now());
  const summaries = await deps.maturity.listSummaries(MATURITY_HISTORY_LIMIT);
  const period = input.period ?? summaries[0]?.period ?? currentQuarter;
  const listed = summaries.find((s) => s.period === period);
  // A period older than the listed ones is read on its own; with fewer listed, there is no other.
  const summary =
    listed ?? (summaries.length < MATURITY_HISTORY_LIMIT ? undefined : await deps.maturity.getSummary(period));
  const history = Math.min(Math.max(Math.trunc(input.history ?? MATURITY_TREND_DEFAULT), 1), MATURITY_HISTORY_LIMIT);
  const base = {
    period,
    currentQuarter,
    you,
    settings: { modelVersion: settings.model.version, assessors: caller.isCsiAdmin ? [...settings.assessors] : null },
    trend: trendOf(summaries, history),
  };
  if (summary) {
    const [assessment, issues] = await Promise.all([
      deps.maturity.readAssessment(period),
      deps.maturity.getGapIssues(period),
    ]);
    if (!assessment) throw new Error(`The summary of ${period} has no assessment`);
    const comparison =
      (await chosenComparison(deps, summaries, input.compare, period)) ??
      summaries.find((s) => compareQuarters(s.period, period) < 0);
    const result = resultView(summary, comparison, assessment, issues);
    return ok({ ...base, state: 'submitted', result, draft: null });
  }
  if (!you.canAssess) {
    const header = await deps.maturity.getAssessment(period);
    return ok({ ...base, state: header?.state ?? 'none', result: null, draft: null });
  }
  const draft = await deps.maturity.readAssessment(period);
  const model = draft?.model ?? settings.model;
  const facts = hasAutomaticChecks(model) ? await deps.facts.facts(period) : undefined;
  const state = draft?.state ?? 'none';
  return ok({ ...base, state, result: null, draft: draftView(caller.accountId, draft, settings.model, facts) });
}

/** The submitted period the caller chose to compare with (one get when it is older than the listed ones). */
async function chosenComparison(
  deps: MaturityDeps,
  summaries: readonly PeriodSummary[],
  compare: string | undefined,
  period: string,
): Promise<PeriodSummary | undefined> {
  if (compare === undefined || compare === period || !isQuarter(compare)) return undefined;
  const listed = summaries.find((s) => s.period === compare);
  if (listed || summaries.length < MATURITY_HISTORY_LIMIT) return listed;
  return deps.maturity.getSummary(compare);
}
