import { useId } from 'react';
import { token } from '@atlaskit/tokens';
import type { TrendPoint } from '@contracts/maturity.contract';
import { DIMENSION_LABELS } from '@contracts/maturity.contract';
import { subtle } from '../../ui/styles';
import { formatMean } from './maturity-format';

const W = 480;
const H = 150;
const LEFT = 22;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 30;
const y = (level: number) => TOP + (1 - Math.min(5, Math.max(0, level)) / 5) * (H - TOP - BOTTOM);

const key = (colour: string, dashed: boolean) => (
  <svg width="20" height="8" aria-hidden="true">
    <line x1={0} x2={20} y1={4} y2={4} stroke={colour} strokeWidth={2} strokeDasharray={dashed ? '4 3' : undefined} />
  </svg>
);

/**
 * The organisation's level and mean level per submitted quarter, oldest first, as two lines on a 0 to 5
 * scale (hand-drawn SVG); the values and each quarter's stagnating dimensions are in a table for
 * screen readers. Only every n-th quarter is named under the axis when there are many.
 */
export function TrendChart({ trend }: { trend: TrendPoint[] }) {
  const captionId = useId();
  const n = trend.length;
  const x = (i: number) => (n <= 1 ? (LEFT + W - RIGHT) / 2 : LEFT + (i / (n - 1)) * (W - LEFT - RIGHT));
  const every = Math.max(1, Math.ceil(n / 8));
  const tickStyle = { fontFamily: token('font.family.body'), fontSize: 9, fill: token('color.text.subtlest') };
  const level = token('color.chart.brand');
  const mean = token('color.chart.discovery');
  const path = (value: (p: TrendPoint) => number) =>
    trend.map((p, i) => `${i === 0 ? 'M' : 'L'} ${x(i).toFixed(1)} ${y(value(p)).toFixed(1)}`).join(' ');
  const first = trend[0]?.period ?? '';
  const last = trend[n - 1]?.period ?? '';
  const caption = n === 1 ? `Organisation level in ${first}` : `Organisation level from ${first} to ${last}`;
  return (
    <figure style={{ margin: 0, maxWidth: 640, display: 'grid', gap: token('space.100') }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={captionId}>
        {[0, 1, 2, 3, 4, 5].map((l) => (
          <g key={l}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(l)} y2={y(l)} stroke={token('color.border')} strokeWidth={0.5} />
            <text x={LEFT - 6} y={y(l) + 3} textAnchor="end" style={tickStyle}>
              {l}
            </text>
          </g>
        ))}
        <path d={path((p) => p.mean)} fill="none" stroke={mean} strokeWidth={2} strokeDasharray="4 3" />
        <path d={path((p) => p.organisationLevel)} fill="none" stroke={level} strokeWidth={2} />
        {trend.map((p, i) => (
          <g key={p.period}>
            <circle cx={x(i)} cy={y(p.organisationLevel)} r={3} fill={level} />
            <circle cx={x(i)} cy={y(p.mean)} r={2.5} fill={mean} />
            {(i % every === 0 || i === n - 1) && (
              <text x={x(i)} y={H - BOTTOM + 16} textAnchor="middle" style={tickStyle}>
                {p.period}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption id={captionId} style={{ ...subtle, display: 'flex', flexWrap: 'wrap', gap: token('space.150') }}>
        <span>{caption}</span>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050') }}>
          {key(level, false)}
          Organisation level
        </span>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050') }}>
          {key(mean, true)}
          Mean of the dimensions
        </span>
      </figcaption>
      <table className="csi-sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Organisation level</th>
            <th scope="col">Mean</th>
            <th scope="col">Stagnating</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((p) => (
            <tr key={p.period}>
              <th scope="row">{p.period}</th>
              <td>{p.organisationLevel}</td>
              <td>{formatMean(p.mean)}</td>
              <td>{p.stagnating.map((d) => DIMENSION_LABELS[d] ?? d).join(', ') || 'none'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
