import { token } from '@atlaskit/tokens';
import type { PilotWatch } from '@contracts/pilot-watch.contract';
import { formatDate } from '../../ui/format';

const [W, H, PAD, ROW] = [640, 96, 24, 14];
const DAY = 86_400_000;

/**
 * The open checkpoints on a time line from today to the horizon, one mark per checkpoint, stacked
 * when several fall on a day; overdue ones gather at the left edge in the danger colour. Week lines
 * help read it; the table beside it says the same in words (the picture is labelled for screen
 * readers and each mark has a title).
 */
export function CheckpointTimeline({
  today,
  horizonDays,
  checkpoints,
}: {
  today: string;
  horizonDays: number;
  checkpoints: PilotWatch['checkpoints'];
}) {
  const start = Date.parse(`${today}T00:00:00Z`);
  const x = (day: string) => {
    const days = Math.max(-1, (Date.parse(`${day}T00:00:00Z`) - start) / DAY);
    return PAD + ((days + 1) / (horizonDays + 1)) * (W - 2 * PAD);
  };
  const stacked = new Map<number, number>();
  const weeks = Math.floor(horizonDays / 7) + 1;
  const overdue = checkpoints.filter((c) => c.overdue).length;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`${checkpoints.length} open checkpoints over the next ${horizonDays} days, ${overdue} overdue`}
      style={{ maxWidth: W, width: '100%', font: token('font.body.small') }}
    >
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} style={{ stroke: token('color.border'), strokeWidth: 1 }} />
      {Array.from({ length: weeks }, (_, week) => {
        const day = new Date(start + week * 7 * DAY).toISOString().slice(0, 10);
        // The last label ends at its line, so it stays inside the picture.
        const anchor = week === weeks - 1 ? 'end' : 'middle';
        return (
          <g key={day}>
            <line
              x1={x(day)}
              x2={x(day)}
              y1={PAD / 2}
              y2={H - PAD}
              style={{ stroke: token('color.border'), strokeDasharray: '2 3' }}
            />
            <text x={x(day)} y={H - PAD / 3} textAnchor={anchor} style={{ fill: token('color.text.subtle') }}>
              {week === 0 ? 'Today' : formatDate(`${day}T00:00:00Z`)}
            </text>
          </g>
        );
      })}
      {checkpoints.map((c) => {
        const cx = Math.round(x(c.overdue ? '0000-01-01' : c.dueDate));
        const n = stacked.get(cx) ?? 0;
        stacked.set(cx, n + 1);
        return (
          <circle
            key={`${c.issueKey}-${c.checkpoint}-${c.dueDate}`}
            cx={cx}
            cy={H - PAD - 8 - n * ROW}
            r={5}
            style={{
              fill: token(c.overdue ? 'color.icon.danger' : c.dueThisWeek ? 'color.icon.warning' : 'color.icon.brand'),
            }}
          >
            <title>{`${c.issueKey} ${c.checkpoint}: due ${c.dueDate}${c.overdue ? ' (overdue)' : ''}`}</title>
          </circle>
        );
      })}
    </svg>
  );
}
