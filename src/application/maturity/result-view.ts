import type { Criterion, MaturityModel } from '../../domain/maturity/maturity-model';
import { DIMENSION_LABELS, MATURITY_DIMENSIONS, type CapabilityLevel } from '../../domain/maturity/maturity.vocabulary';
import type { Assessment, GapIssuesRecord, PeriodSummary } from './maturity-records';
import type { GapView, MaturityResultView, TrendPoint } from '../../contracts/maturity.contract';
import { resultOf } from './period-summary';

/** Where each criterion of a model sits: its text and level, by id. */
export function criteriaOf(model: MaturityModel): Map<string, Criterion & { level: CapabilityLevel }> {
  return new Map(
    model.dimensions.flatMap((d) => d.levels.flatMap((l) => l.criteria.map((c) => [c.id, { ...c, level: l.level }]))),
  );
}

/** Every assessor's evidence for a criterion, each link once, in the order the assessors rated. */
function evidenceFor(assessment: Assessment, criterionId: string): string[] {
  const links = assessment.raters.flatMap((a) => assessment.ratings[a]?.[criterionId]?.evidence ?? []);
  return [...new Set(links)];
}

function gapsOf(assessment: Assessment, issues: GapIssuesRecord | undefined) {
  const criteria = criteriaOf(assessment.model);
  const standing = resultOf(assessment).criteria;
  return (ids: readonly string[]): GapView[] =>
    ids.map((criterionId) => ({
      criterionId,
      text: criteria.get(criterionId)?.text ?? criterionId,
      level: criteria.get(criterionId)?.level ?? 0,
      rating: standing[criterionId] ?? null,
      evidence: evidenceFor(assessment, criterionId),
      issueKey: issues?.links[criterionId] ?? null,
      issueError: issues?.errors[criterionId] ?? null,
    }));
}

/**
 * A submitted period as people read it: its summary's levels beside those of `comparison` (the
 * newest submitted period before it), stagnation as judged at submission, and each dimension's gaps
 * with the criterion's text, the rating that stands, the evidence given and the Jira issue made.
 */
export function resultView(
  summary: PeriodSummary,
  comparison: PeriodSummary | undefined,
  assessment: Assessment,
  issues: GapIssuesRecord | undefined,
): MaturityResultView {
  const gaps = gapsOf(assessment, issues);
  return {
    modelVersion: summary.modelVersion,
    submittedAt: summary.submittedAt,
    submittedBy: summary.submittedBy,
    decisionSeq: assessment.seq,
    organisation: {
      ...summary.organisation,
      previousLevel: comparison?.organisation.level ?? null,
      previousMean: comparison?.organisation.mean ?? null,
    },
    comparisonPeriod: comparison?.period ?? null,
    dimensions: MATURITY_DIMENSIONS.map((dimension) => ({
      dimension,
      label: DIMENSION_LABELS[dimension],
      level: summary.levels[dimension],
      previousLevel: comparison?.levels[dimension] ?? null,
      stagnating: summary.stagnating.includes(dimension),
      gaps: gaps(summary.gaps[dimension]),
    })),
  };
}

/** The trend: the newest `count` summaries (given newest first), oldest first. */
export function trendOf(summaries: readonly PeriodSummary[], count: number): TrendPoint[] {
  return summaries
    .slice(0, count)
    .reverse()
    .map((s) => ({
      period: s.period,
      organisationLevel: s.organisation.level,
      mean: s.organisation.mean,
      levels: { ...s.levels },
      stagnating: [...s.stagnating],
    }));
}
