import { token } from '@atlaskit/tokens';
import type { BreakdownRow } from '@contracts/views';
import { HorizontalBars } from '../../ui/HorizontalBars';
import { formatNumber } from '../../ui/format';

function valueText(row: BreakdownRow): string {
  const rating = row.rating === null ? 'not rated' : `rating ${formatNumber(row.rating)}/5`;
  const contribution = row.contribution === null ? '–' : `${row.contribution.toFixed(1)} pts`;
  return `${rating} · weight ${formatNumber(row.weight)} · contributes ${contribution}`;
}

/** Each criterion's contribution to the score, drawn on the 0-100 score scale. */
export function BreakdownChart({ rows }: { rows: BreakdownRow[] }) {
  return (
    <HorizontalBars
      label="Score breakdown by criterion"
      bars={rows.map((row) => ({
        key: row.key,
        label: `${row.name} (${row.direction})`,
        fraction: row.contribution === null ? null : row.contribution / 100,
        valueText: valueText(row),
        colour: row.direction === 'cost' ? token('color.chart.purple.bold') : token('color.chart.blue.bold'),
      }))}
    />
  );
}
