import { createGapIssues } from '../../src/application/maturity/create-gap-issues.use-case';
import { getMaturityView } from '../../src/application/maturity/get-maturity-view.use-case';
import type { MaturityCaller, MaturityDeps } from '../../src/application/maturity/maturity.ports';
import { saveRating } from '../../src/application/maturity/save-rating.use-case';
import { setMaturityAssessors } from '../../src/application/maturity/set-assessors.use-case';
import { submitAssessment } from '../../src/application/maturity/submit-assessment.use-case';
import { gapIssuesJira } from '../../src/adapters/product/gap-issues';
import { usersByIds } from '../../src/adapters/product/users';
import { maturityFacts } from '../../src/adapters/reports/maturity-facts';
import { maturityStore } from '../../src/adapters/storage/maturity.repository';
import { defaultMaturityModel } from '../../src/domain/maturity/default-maturity-model';
import type { MaturityDimension, Rating } from '../../src/domain/maturity/maturity.vocabulary';
import { previousQuarter, quarterOf } from '../../src/domain/maturity/quarter';
import { DEFAULT_SEED_BASE_DATE, DEMO_MATURITY, PAGES, USERS } from '../product/demo-ids';
import type { Step } from './demo-timeline';

type Deps = Parameters<Step['run']>[0];

/**
 * The level each dimension reaches in each demo quarter (`DEMO_MATURITY.periods`): most rise,
 * adoption levels off, sustainment stays at 1 for the whole year, so it stagnates in the last two.
 */
const LEVELS: Record<MaturityDimension, [number, number, number, number]> = {
  governance: [1, 2, 2, 3],
  measurement: [1, 1, 2, 3],
  prioritisation: [2, 2, 3, 3],
  collaboration: [1, 1, 2, 3],
  feedback: [1, 2, 2, 3],
  adoption: [1, 1, 2, 2],
  sustainment: [1, 1, 1, 1],
};

/** Where the assessors point for each dimension: seeded issues, the CSI report page, the intranet. */
const EVIDENCE: Record<MaturityDimension, string[]> = {
  governance: [`confluence:${PAGES.csiReport}`, 'https://intranet.example.com/csi/charter'],
  measurement: ['CSI-7', `confluence:${PAGES.csiReport}`],
  prioritisation: ['CSI-6', 'CSI-2'],
  collaboration: ['CSI-4', 'OPS-1'],
  feedback: ['CSI-11'],
  adoption: ['https://intranet.example.com/csi/adoption-survey'],
  sustainment: ['CSI-11', 'CSI-7'],
};

const DAY_MS = 86_400_000;

/** The base date's quarter and the four before it, oldest first (with the default base, `DEMO_MATURITY.periods`). */
export function demoQuarters(baseDate: string): { periods: string[]; current: string } {
  const current = quarterOf(baseDate.slice(0, 10));
  if (!current) throw new Error(`The seed's base date is not a date: ${baseDate}`);
  const periods: string[] = [];
  for (let q = previousQuarter(current); q && periods.length < 4; q = previousQuarter(q)) periods.unshift(q);
  return { periods, current };
}

/** Days before `baseDate` of the `offset`-th day before a quarter's end (`2026-Q3`). */
function daysBeforeEnd(baseDate: string, period: string, offset: number): number {
  const [year, q] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  const end = Date.UTC(year, q * 3, 1, 9) - DAY_MS;
  return Math.round((Date.parse(baseDate) - (end - offset * DAY_MS)) / DAY_MS);
}

/**
 * What an assessor rates a criterion of `level` in a dimension at `target`: the levels reached are
 * achieved (the second assessor, more cautious, says "largely" where the first says "fully"), the next
 * level is under way with its first criterion partly there (a gap), the rest not yet.
 */
function ratingOf(level: number, target: number, index: number, cautious: boolean): Rating {
  if (level <= target) return cautious && index === 1 ? 'L' : 'F';
  if (level === target + 1) return index === 0 ? (cautious ? 'N' : 'P') : index === 1 ? 'L' : 'N';
  return 'N';
}

const caller = (accountId: string): MaturityCaller => ({ accountId, isCsiAdmin: accountId === USERS.csiAdmin });

const maturityDeps = (d: Deps): MaturityDeps => ({
  maturity: maturityStore,
  facts: maturityFacts,
  gapIssues: gapIssuesJira,
  decisions: d.decisions,
  identity: d.identity,
  clock: d.clock,
  requests: d.requests,
  users: { byIds: usersByIds },
});

const must = <T>(what: string, result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`Demo maturity: ${what} refused: ${result.error.message}`);
  return result.value;
};

/** One assessor rates every criterion of `dimensions` in `period` (all of them unless given). */
async function rate(
  d: Deps,
  accountId: string,
  period: string,
  quarter: number,
  dimensions?: readonly MaturityDimension[],
): Promise<void> {
  const deps = maturityDeps(d);
  const view = must('the draft view', await getMaturityView(deps, caller(accountId), { period }));
  const proposals = view.draft?.proposals ?? {};
  const cautious = accountId !== USERS.csiAdmin;
  for (const { dimension, levels } of defaultMaturityModel().dimensions) {
    if (dimensions && !dimensions.includes(dimension)) continue;
    for (const { level, criteria } of levels) {
      for (const [index, criterion] of criteria.entries()) {
        const rating = ratingOf(level, LEVELS[dimension][quarter] ?? 1, index, cautious);
        const proposed = proposals[criterion.id]?.proposed;
        const input = {
          period,
          criterionId: criterion.id,
          rating,
          evidence: rating === 'N' ? [] : EVIDENCE[dimension],
          comment: level === (LEVELS[dimension][quarter] ?? 1) + 1 ? 'Under way: see the open initiatives.' : '',
          ...(proposed !== undefined && proposed !== rating
            ? { overrideReason: 'Checked against the quarter’s records in the steering committee.' }
            : {}),
        };
        must(`rating ${criterion.id} in ${period}`, await saveRating(deps, caller(accountId), input));
      }
    }
  }
}

/**
 * The demo's maturity assessments (issue 12 item 6), through the real use cases: the CSI admin names
 * the editor an assessor; both rate every criterion of four quarters (the lower rating stands) with
 * evidence links to seeded issues and pages, and the CSI admin submits each: four decision-log
 * entries and the trend. After the last one, two of sustainment's gaps become Jira issues. The
 * current quarter is under way: the editor has rated governance so far.
 */
export function maturitySteps(baseDate: string = DEFAULT_SEED_BASE_DATE): Step[] {
  const { periods, current } = demoQuarters(baseDate);
  const [first = current, last = current] = [periods[0], periods[periods.length - 1]];
  const before = (period: string, offset: number) => daysBeforeEnd(baseDate, period, offset);
  const steps: Step[] = [
    {
      daysAgo: before(first, 95),
      as: USERS.csiAdmin,
      run: async (d) =>
        must(
          'naming the assessors',
          await setMaturityAssessors(maturityDeps(d), caller(USERS.csiAdmin), { accountIds: [USERS.editor] }),
        ),
    },
  ];
  for (const [quarter, period] of periods.entries()) {
    steps.push(
      { daysAgo: before(period, 8), as: USERS.csiAdmin, run: (d) => rate(d, USERS.csiAdmin, period, quarter) },
      { daysAgo: before(period, 6), as: USERS.editor, run: (d) => rate(d, USERS.editor, period, quarter) },
      {
        daysAgo: before(period, 3),
        as: USERS.csiAdmin,
        run: async (d) =>
          must(`submitting ${period}`, await submitAssessment(maturityDeps(d), caller(USERS.csiAdmin), { period })),
      },
    );
  }
  steps.push(
    {
      daysAgo: before(last, 1),
      as: USERS.csiAdmin,
      run: async (d) =>
        must(
          'the gap issues',
          await createGapIssues(maturityDeps(d), caller(USERS.csiAdmin), {
            period: last,
            criterionIds: [DEMO_MATURITY.gapCriterion, 'sus-2-handover'],
          }),
        ),
    },
    // The current quarter (the base date's), under way: its draft starts from the last quarter's levels.
    { daysAgo: 0, as: USERS.editor, run: (d) => rate(d, USERS.editor, current, 3, ['governance']) },
  );
  return steps;
}
