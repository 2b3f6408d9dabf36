import { useId } from 'react';
import { token } from '@atlaskit/tokens';
import { subtle } from '../../ui/styles';

export interface LevelRow {
  key: string;
  label: string;
  level: number;
  /** The comparison period's level; null without one. */
  previous: number | null;
}

interface Props {
  rows: LevelRow[];
  /** What the chart shows, in words (its accessible name). */
  caption: string;
  currentLabel: string;
  /** The comparison period's name; null draws no comparison bars. */
  previousLabel: string | null;
}

const MAX = 5;
const W = 480;
const LABEL_W = 150;
const BAR_W = W - LABEL_W - 24;
const ROW_H = 28;
const TOP = 14;
const x = (level: number) => LABEL_W + (Math.min(MAX, Math.max(0, level)) / MAX) * BAR_W;

const swatch = (colour: string) => (
  <span
    aria-hidden="true"
    style={{ display: 'inline-block', width: 12, height: 12, borderRadius: token('radius.small'), background: colour }}
  />
);

/**
 * Each dimension's capability level (0 to 5) as a bar, with the comparison period's level as a thinner
 * bar below it. Hand-drawn SVG (no chart library in a macro's first view); the numbers are in a table
 * for screen readers, so the picture is never the only carrier.
 */
export function LevelBars({ rows, caption, currentLabel, previousLabel }: Props) {
  const captionId = useId();
  const height = TOP + rows.length * ROW_H + 4;
  const textStyle = { fontFamily: token('font.family.body'), fontSize: 10, fill: token('color.text') };
  const tickStyle = { ...textStyle, fontSize: 9, fill: token('color.text.subtlest') };
  const current = token('color.chart.brand');
  const previous = token('color.chart.neutral');
  return (
    <figure style={{ margin: 0, maxWidth: 640, display: 'grid', gap: token('space.100') }}>
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-labelledby={captionId}>
        {[0, 1, 2, 3, 4, 5].map((l) => (
          <g key={l}>
            <line x1={x(l)} x2={x(l)} y1={TOP - 4} y2={height - 4} stroke={token('color.border')} strokeWidth={0.5} />
            <text x={x(l)} y={8} textAnchor="middle" style={tickStyle}>
              {l}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const y = TOP + i * ROW_H;
          return (
            <g key={row.key}>
              <text x={0} y={y + 12} style={textStyle}>
                {row.label}
              </text>
              <rect x={x(0)} y={y + 3} width={Math.max(0, x(row.level) - x(0))} height={11} rx={2} fill={current} />
              <text x={x(row.level) + 4} y={y + 12} style={textStyle}>
                {row.level}
              </text>
              {previousLabel !== null && row.previous !== null && (
                <>
                  <rect
                    x={x(0)}
                    y={y + 17}
                    width={Math.max(0, x(row.previous) - x(0))}
                    height={6}
                    rx={2}
                    fill={previous}
                  />
                  <text x={x(row.previous) + 4} y={y + 23} style={tickStyle}>
                    {row.previous}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption id={captionId} style={{ ...subtle, display: 'flex', flexWrap: 'wrap', gap: token('space.150') }}>
        <span>{caption}</span>
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050') }}>
          {swatch(current)}
          {currentLabel}
        </span>
        {previousLabel !== null && (
          <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050') }}>
            {swatch(previous)}
            {previousLabel}
          </span>
        )}
      </figcaption>
      <table className="csi-sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">{currentLabel}</th>
            {previousLabel !== null && <th scope="col">{previousLabel}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.level}</td>
              {previousLabel !== null && <td>{row.previous ?? 'none'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
