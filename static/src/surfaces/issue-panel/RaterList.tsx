import { token } from '@atlaskit/tokens';
import type { RaterRatings } from '@contracts/issue-panel.contract';
import type { CriterionView } from '@contracts/views';
import { formatDateTime } from '../../ui/format';
import { stack, subtle } from '../../ui/styles';

/** Who rated what and why: each rater with their ratings and rationales, disputed criteria marked. */
export function RaterList({
  raters,
  criteria,
  disputed,
  label = 'Who rated what',
}: {
  raters: RaterRatings[];
  criteria: CriterionView[];
  disputed: ReadonlySet<string>;
  label?: string;
}) {
  if (raters.length === 0) return null;
  return (
    <ul aria-label={label} style={{ ...stack('space.150'), margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
      {raters.map((r) => (
        <li key={r.rater.accountId} style={stack('space.050')}>
          <strong>{r.rater.displayName}</strong>
          <span style={subtle}>{`Rated ${formatDateTime(r.at)}`}</span>
          <ul style={{ margin: 0, paddingInlineStart: token('space.250') }}>
            {criteria
              .filter((c) => r.ratings[c.key])
              .map((c) => {
                const given = r.ratings[c.key] as { rating: number; rationale: string };
                return (
                  <li key={c.key}>
                    {`${c.name}: ${given.rating} of 5${disputed.has(c.key) ? ' (disputed)' : ''}`}
                    {given.rationale ? ` · “${given.rationale}”` : ' · no rationale given'}
                  </li>
                );
              })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
