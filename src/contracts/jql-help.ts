import { INITIATIVE_CLASSES } from '../domain/scoring/initiative-class.vocabulary';
import { LIFECYCLE_STAGE_LABELS, LIFECYCLE_STAGES } from '../domain/lifecycle/lifecycle-stage.vocabulary';

/** One JQL search alias of the app's issue properties (manifest.yml, `jira:entityProperty`). */
export interface JqlAliasHelp {
  alias: string;
  what: string;
  /** The exact values the property stores, and what the app calls each; none when free. */
  values: ReadonlyArray<{ value: string; label: string }>;
  /** What to type when the values are not a fixed list. */
  free?: string;
  example: string;
}

const CLASS_NAMES: Record<(typeof INITIATIVE_CLASSES)[number], string> = {
  'quick-win': 'Quick win',
  standard: 'Standard',
  transformational: 'Transformational',
  unclassified: 'Unclassified',
};

/**
 * What to type in Jira's JQL for each alias. JQL matches the stored value, not the label the app
 * shows: `csiClass = "quick-win"` finds quick wins, `csiClass = "Quick win"` finds nothing.
 */
export const JQL_HELP: readonly JqlAliasHelp[] = [
  { alias: 'csiScore', what: 'Weighted score, 0 to 100', values: [], free: 'a number', example: 'csiScore >= 70' },
  {
    alias: 'csiClass',
    what: 'Class',
    values: INITIATIVE_CLASSES.map((value) => ({ value, label: CLASS_NAMES[value] })),
    example: 'csiClass = "quick-win"',
  },
  {
    alias: 'csiComplete',
    what: 'Every criterion rated',
    values: [
      { value: 'true', label: 'Complete' },
      { value: 'false', label: 'Ratings missing' },
    ],
    example: 'csiComplete = "false"',
  },
  {
    alias: 'csiMvi',
    what: 'Minimum viable improvement',
    values: [
      { value: 'passed', label: 'MVI passed' },
      { value: 'failed', label: 'MVI failed' },
      { value: 'missing', label: 'No KPI plan yet' },
    ],
    example: 'csiMvi = "failed"',
  },
  {
    alias: 'csiState',
    what: 'Lifecycle stage',
    values: LIFECYCLE_STAGES.map((value) => ({
      value,
      label: LIFECYCLE_STAGE_LABELS[value].charAt(0).toUpperCase() + LIFECYCLE_STAGE_LABELS[value].slice(1),
    })),
    example: 'csiState not in ("rejected", "terminated", "paused")',
  },
  {
    alias: 'csiPirIssue',
    what: 'PIR action or benefit review of an initiative',
    values: [],
    free: "the initiative's issue id",
    example: 'csiPirIssue = "10011"',
  },
  {
    alias: 'csiPirAction',
    what: 'Which PIR action the issue follows up',
    values: [],
    free: 'an action id, or benefit-review-30 / -90',
    example: 'csiPirAction = "benefit-review-90"',
  },
  {
    alias: 'csiMaturityPeriod',
    what: 'Maturity gap of an assessment period',
    values: [],
    free: 'a quarter, such as 2026-Q3',
    example: 'csiMaturityPeriod = "2026-Q3"',
  },
  {
    alias: 'csiMaturityCriterion',
    what: 'Which maturity criterion the gap issue follows up',
    values: [],
    free: 'a criterion id of the maturity model',
    example: 'csiMaturityCriterion = "mea-2-owner"',
  },
];
