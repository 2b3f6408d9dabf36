import { token } from '@atlaskit/tokens';
import { projectPageCalls, type SavedView } from '@contracts/project-page.contract';
import type { PortfolioRow } from '@contracts/views';
import { usePagedCall } from '../../api/use-paged-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { fieldErrorsOf } from '../../ui/field-errors';
import { issueUrl, openIssue } from '../../ui/open-issue';
import { stack } from '../../ui/styles';
import Button from '@atlaskit/button/new';
import { PortfolioFilters, type PortfolioFilterDraft } from './PortfolioFilters';

type Quadrant = NonNullable<PortfolioRow['matrix']>['quadrant'];

const LABELS: Record<Quadrant, string> = {
  'quick-wins': 'Quick wins',
  'big-bets': 'Big bets',
  'fill-ins': 'Fill-ins',
  'money-pits': 'Money pits',
};

const [W, H, PAD] = [640, 440, 48];
/** Rating 1..5 to the plot: effort left to right, value bottom to top. */
const x = (effort: number) => PAD + ((effort - 1) / 4) * (W - 2 * PAD);
const y = (value: number) => H - PAD - ((value - 1) / 4) * (H - 2 * PAD);

interface Props {
  draft: PortfolioFilterDraft;
  filters: SavedView['filters'];
  statuses: readonly string[];
  onDraft: (d: PortfolioFilterDraft) => void;
}

/**
 * Benefit against cost per initiative, as the resolver placed them (value and effort on the 1..5
 * scale; high is above the midpoint 3). Each point is a link that opens its issue.
 */
export function ValueEffortMatrix({ draft, filters, statuses, onDraft }: Props) {
  const data = usePagedCall(projectPageCalls.portfolio, { filters, limit: 100 }, (p) => p.nextCursor);
  const rows = data.pages.flatMap((p) => p.rows);
  const placed = rows.filter((r) => r.matrix !== null);
  const unplaced = rows.filter((r) => r.matrix === null);
  const seen = new Map<string, number>();
  return (
    <div style={stack('space.200')}>
      <PortfolioFilters statuses={statuses} value={draft} errors={fieldErrorsOf(data.error)} onChange={onDraft} />
      {data.error && <ErrorMessage error={data.error} onRetry={data.reload} />}
      {data.loading && rows.length === 0 ? (
        <Loading label="Loading the matrix" />
      ) : (
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="group"
          aria-label={`Value against effort: ${placed.length} initiatives placed`}
          style={{ maxWidth: W, width: '100%', font: token('font.body.small') }}
        >
          <MatrixBackground />
          {placed.map((r) => {
            const m = r.matrix!;
            const at = `${m.value}|${m.effort}`;
            const n = seen.get(at) ?? 0;
            seen.set(at, n + 1);
            const [px, py] = [x(m.effort) + (n % 3) * 10, y(m.value) + Math.floor(n / 3) * 14 + (n % 3) * 4];
            return (
              <a
                key={r.issueKey}
                href={issueUrl(r.issueKey)}
                data-quadrant={m.quadrant}
                aria-label={`${r.issueKey} ${r.summary}: value ${m.value}, effort ${m.effort}, ${LABELS[m.quadrant]}`}
                onClick={(e) => {
                  e.preventDefault();
                  void openIssue(r.issueKey).catch(() => undefined);
                }}
              >
                <title>{`${r.issueKey} ${r.summary}`}</title>
                <circle
                  cx={px}
                  cy={py}
                  r={6}
                  style={{ fill: token('color.icon.brand'), stroke: token('color.border.inverse') }}
                />
                <text x={px + 9} y={py + 4} style={{ fill: token('color.text') }}>
                  {r.issueKey}
                </text>
              </a>
            );
          })}
        </svg>
      )}
      {data.hasMore && (
        <Button onClick={data.loadMore} isLoading={data.loadingMore}>
          Load more
        </Button>
      )}
      {unplaced.length > 0 && (
        <p style={{ margin: 0 }}>
          Not placed yet (a benefit or cost rating is missing): {unplaced.map((r) => r.issueKey).join(', ')}
        </p>
      )}
    </div>
  );
}

/** The four quadrants and the axis titles. */
function MatrixBackground() {
  return (
    <>
      <rect
        x={PAD}
        y={PAD}
        width={(W - 2 * PAD) / 2}
        height={(H - 2 * PAD) / 2}
        style={{ fill: token('color.background.success') }}
      />
      <rect
        x={W / 2}
        y={PAD}
        width={(W - 2 * PAD) / 2}
        height={(H - 2 * PAD) / 2}
        style={{ fill: token('color.background.information') }}
      />
      <rect
        x={PAD}
        y={H / 2}
        width={(W - 2 * PAD) / 2}
        height={(H - 2 * PAD) / 2}
        style={{ fill: token('color.background.neutral') }}
      />
      <rect
        x={W / 2}
        y={H / 2}
        width={(W - 2 * PAD) / 2}
        height={(H - 2 * PAD) / 2}
        style={{ fill: token('color.background.danger') }}
      />
      {(
        [
          ['quick-wins', PAD, PAD - 12],
          ['big-bets', W / 2, PAD - 12],
          ['fill-ins', PAD, H - PAD + 18],
          ['money-pits', W / 2, H - PAD + 18],
        ] as const
      ).map(([q, tx, ty]) => (
        <text key={q} x={tx} y={ty} style={{ fill: token('color.text.subtle'), fontWeight: 600 }}>
          {LABELS[q]}
        </text>
      ))}
      <text x={W / 2} y={H - 4} textAnchor="middle" style={{ fill: token('color.text') }}>
        Effort (cost ratings) →
      </text>
      <text
        x={14}
        y={H / 2}
        textAnchor="middle"
        transform={`rotate(-90 14 ${H / 2})`}
        style={{ fill: token('color.text') }}
      >
        Value (benefit ratings) →
      </text>
    </>
  );
}
