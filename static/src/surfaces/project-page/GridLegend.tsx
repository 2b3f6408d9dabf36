import { token } from '@atlaskit/tokens';
import type { CriterionView } from '@contracts/views';

/** The level descriptions (1..5) of every criterion; the focused column's criterion is marked. */
export function GridLegend({ criteria, focused }: { criteria: CriterionView[]; focused: string | null }) {
  return (
    <aside aria-label="Rating levels" style={{ display: 'grid', gap: token('space.150'), minWidth: 240 }}>
      {criteria.map((c) => (
        <section
          key={c.key}
          id={`levels-${c.key}`}
          style={{
            padding: token('space.100'),
            borderRadius: token('radius.small'),
            border: `${token('border.width')} solid ${c.key === focused ? token('color.border.focused') : token('color.border')}`,
          }}
        >
          <strong>
            {c.name} ({c.direction === 'cost' ? 'higher is more cost' : 'higher is more benefit'})
          </strong>
          <ol style={{ margin: 0, paddingInlineStart: token('space.300'), font: token('font.body.small') }}>
            {c.levels.map((level, i) => (
              <li key={i}>{level}</li>
            ))}
          </ol>
        </section>
      ))}
    </aside>
  );
}
