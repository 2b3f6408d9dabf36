import type { AssessmentStateView, MaturityModelView, MaturityView } from '@contracts/maturity.contract';

/** How a period's state is named to people. */
export const STATE_LABELS: Record<AssessmentStateView, string> = {
  none: 'Not assessed yet',
  draft: 'Assessment in progress',
  submitted: 'Submitted',
};

/** A mean level with one decimal: 2.43 → "2.4". */
export const formatMean = (mean: number): string => mean.toFixed(1);

/**
 * The periods a reader can open: today's quarter, the one shown and every submitted period of the
 * trend, each once, newest first (`2026-Q3` names sort as text).
 *
 * @example periodChoices({ currentQuarter: '2026-Q4', period: '2026-Q3', trend: [{ period: '2026-Q2' }, ...] })
 * // ['2026-Q4', '2026-Q3', '2026-Q2']
 */
export function periodChoices(view: Pick<MaturityView, 'currentQuarter' | 'period' | 'trend'>): string[] {
  const all = new Set([view.currentQuarter, view.period, ...view.trend.map((t) => t.period)]);
  return [...all].sort().reverse();
}

/** Every criterion id of a model, in model order. */
export function criterionIds(model: MaturityModelView): string[] {
  return model.dimensions.flatMap((d) => d.levels.flatMap((l) => l.criteria.map((c) => c.id)));
}
