import { useId } from 'react';
import { token } from '@atlaskit/tokens';
import type { BalanceView } from '@contracts/views';
import { formatPct } from './format';

const W = 320;
const PAD = 12;
const x = (pct: number) => PAD + (Math.min(100, Math.max(0, pct)) / 100) * (W - 2 * PAD);

const POSITION_TEXT: Record<BalanceView['position'], string> = {
  below: 'below the target band: too few quick wins',
  within: 'within the target band',
  above: 'above the target band: too many quick wins',
  empty: 'no active initiatives yet',
};

/** Describes the balance in words; the same text is the picture's accessible name. */
export function balanceText(b: BalanceView): string {
  const target = `target ${b.band.min}–${b.band.max} %`;
  if (b.position === 'empty' || b.quickWinSharePct === null)
    return `Quick-win share: ${POSITION_TEXT.empty} (${target}).`;
  return `Quick wins are ${formatPct(b.quickWinSharePct)} of active initiatives (${b.quickWins} of ${b.activeCount}), ${POSITION_TEXT[b.position]} (${target}).`;
}

/** The quick-win share drawn on a 0-100 % scale, with the target band shaded and a marker for now. */
export function BalanceBand({ balance }: { balance: BalanceView }) {
  const captionId = useId();
  const share = balance.quickWinSharePct;
  const markerColour = balance.position === 'within' ? token('color.icon.success') : token('color.icon.warning');
  // Sizes are in the picture's own units, so the labels scale with it.
  const textStyle = { fontFamily: token('font.family.body'), fontSize: 9, fill: token('color.text.subtle') };
  return (
    <figure style={{ margin: 0, maxWidth: 480 }}>
      <svg viewBox={`0 0 ${W} 58`} width="100%" role="img" aria-labelledby={captionId}>
        <rect x={x(0)} y={18} width={x(100) - x(0)} height={12} rx={6} fill={token('color.background.neutral')} />
        <rect
          x={x(balance.band.min)}
          y={18}
          width={Math.max(0, x(balance.band.max) - x(balance.band.min))}
          height={12}
          fill={token('color.background.success.bold')}
          opacity={0.55}
        />
        {[0, 100].map((p) => (
          <text key={p} x={x(p)} y={48} textAnchor={p === 0 ? 'start' : 'end'} style={textStyle}>{`${p} %`}</text>
        ))}
        <text x={x(balance.band.min)} y={48} textAnchor="middle" style={textStyle}>
          {balance.band.min}
        </text>
        <text x={x(balance.band.max)} y={48} textAnchor="middle" style={textStyle}>
          {balance.band.max}
        </text>
        {share !== null && balance.position !== 'empty' && (
          <g>
            <line x1={x(share)} x2={x(share)} y1={12} y2={36} stroke={markerColour} strokeWidth={3} />
            <path d={`M ${x(share) - 6} 4 L ${x(share) + 6} 4 L ${x(share)} 12 Z`} fill={markerColour} />
          </g>
        )}
      </svg>
      <figcaption id={captionId} style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
        {balanceText(balance)}
      </figcaption>
    </figure>
  );
}
