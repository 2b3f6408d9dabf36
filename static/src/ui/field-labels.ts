/**
 * Field paths (`criteria.0.key`, `kpi.baseline`) as the labels people see, so a validation message
 * never shows a raw path. Indexes count from 1, as the forms number their rows.
 *
 * @example fieldLabel('criteria.0.key') // 'Criterion 1 key'
 * @example withFieldLabels('Duplicate key "x" (also criteria.0.key)') // 'Duplicate key "x" (also Criterion 1 key)'
 */
const NAMES: Record<string, string> = {
  criteria: 'Criterion',
  levels: 'level',
  weight: 'weight',
  key: 'key',
  name: 'name',
  description: 'description',
  direction: 'direction',
  quickWin: 'Quick win',
  maxEffort: 'maximum effort',
  maxDurationDays: 'maximum duration (days)',
  transformational: 'Transformational',
  minEffort: 'minimum effort',
  minDurationDays: 'minimum duration (days)',
  balanceBand: 'Quick-win share target',
  min: 'from (%)',
  max: 'to (%)',
  mviThresholdPct: 'Minimum viable improvement (%)',
  effortCriterionKey: 'Effort criterion',
  enabledIssueTypes: 'Issue types that take part',
  kpi: 'KPI',
  baseline: 'baseline',
  expected: 'expected value',
  thresholdPct: 'MVI threshold override (%)',
  plannedDurationDays: 'Planned duration (days)',
  optionsConsidered: 'Option considered',
  reasonCategory: 'Reason category',
  rationale: 'Rationale',
  revisitIf: 'Revisit if',
  ratings: 'Rating',
  rating: 'rating',
  decision: 'Decision',
};

const words = (part: string) => NAMES[part] ?? part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** One path as a label. */
export function fieldLabel(path: string): string {
  const label = path
    .split('.')
    .filter((p) => p !== 'config')
    .map((p) => (/^\d+$/.test(p) ? String(Number(p) + 1) : words(p)))
    .join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const PATH = new RegExp(`\\b(?:${Object.keys(NAMES).join('|')})(?:\\.[A-Za-z0-9]+)+\\b`, 'g');

/** A message with every field path in it replaced by its label. */
export const withFieldLabels = (message: string): string => message.replace(PATH, (path) => fieldLabel(path));
