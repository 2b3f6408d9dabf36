import { PIR_OUTCOME_LABELS } from '@contracts/labels';
/**
 * An entry's kind-specific facts as labelled rows: "Checkpoint", "Against the recommendation: yes",
 * never a raw key (`checkpointId`) or `true`. Internal ids that only join records are left out.
 *
 * @example detailRows({ checkpointName: 'Pilot gate', override: true }) // [['Checkpoint', 'Pilot gate'], ['Against the recommendation', 'Yes']]
 */
const LABELS: Record<string, string> = {
  checkpointName: 'Checkpoint',
  verdict: 'Verdict',
  recommended: 'Recommended',
  override: 'Against the recommendation',
  overridden: 'What was overridden',
  decided: 'Decided instead',
  referenceId: 'Reference',
  trigger: 'Trigger',
  pausedSeq: 'Resumes the pause in entry',
  fromVersion: 'From configuration version',
  toVersion: 'To configuration version',
  changes: 'Changes',
  outcome: 'Outcome',
  residualRisks: 'Residual risks',
  correctsSeq: 'Corrects entry',
};

/** Ids that link records (a checkpoint's or a PIR's id): the summary and the other rows name the thing. */
const HIDDEN = new Set(['checkpointId', 'pirId']);

const VALUES: Record<string, string> = {
  go: 'Go',
  'no-go': 'No-go',
  hold: 'Hold',
  ...PIR_OUTCOME_LABELS,
  'checkpoint-recommendation': 'A checkpoint recommendation',
  gate: 'A workflow gate',
  'pause-terminate-trigger': 'A pause or terminate trigger',
};

const words = (key: string) => {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

function valueText(value: string | number | boolean | null): string {
  if (value === null || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  return VALUES[value] ?? value;
}

/** The rows to show for an entry's details, in the order given. */
export function detailRows(details: Record<string, string | number | boolean | null>): Array<[string, string]> {
  return Object.entries(details)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => [LABELS[key] ?? words(key), valueText(value)]);
}

/** A key of "scores at the time" as words: `score` is the CSI score, the others criterion keys (`business-impact`). */
export function scoreLabel(key: string): string {
  if (key === 'score') return 'CSI score';
  const spaced = key.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
