import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

export interface Bar {
  key: string;
  label: ReactNode;
  /** Bar length as a fraction 0..1 of the track; null draws an empty track. */
  fraction: number | null;
  /** What the bar means in words (always shown, so the bar is never the only carrier). */
  valueText: ReactNode;
  colour?: string;
}

/** A small labelled bar chart: a list whose items carry their numbers as text; the bars are decoration. */
export function HorizontalBars({ bars, label }: { bars: Bar[]; label: string }) {
  return (
    <ul
      aria-label={label}
      style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}
    >
      {bars.map((bar) => (
        <li key={bar.key} style={{ display: 'grid', gap: token('space.050') }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: token('space.100'), flexWrap: 'wrap' }}>
            <span style={{ fontWeight: token('font.weight.medium') }}>{bar.label}</span>
            <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>{bar.valueText}</span>
          </div>
          <div
            aria-hidden="true"
            style={{ height: 8, borderRadius: token('radius.full'), background: token('color.background.neutral') }}
          >
            <div
              style={{
                width: `${Math.round(Math.min(1, Math.max(0, bar.fraction ?? 0)) * 100)}%`,
                height: '100%',
                borderRadius: token('radius.full'),
                background: bar.colour ?? token('color.chart.brand'),
              }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
