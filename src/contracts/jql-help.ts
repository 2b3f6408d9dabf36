import { INITIATIVE_CLASSES } from '../domain/scoring/initiative-class.vocabulary';
import { LIFECYCLE_STAGE_LABELS, LIFECYCLE_STAGES } from '../domain/lifecycle/lifecycle-stage.vocabulary';

/** One JQL search alias of the `csi-score` issue property (manifest.yml, `jira:entityProperty`). */
export interface JqlAliasHelp {
  alias: string;
  what: string;
  /** The exact values the property stores, and what the app calls each; none for numbers. */
  values: ReadonlyArray<{ value: string; label: string }>;
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
  { alias: 'csiScore', what: 'Weighted score, 0 to 100', values: [], example: 'csiScore >= 70' },
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
];
