import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { RaterRatings } from '@contracts/issue-panel.contract';
import type { CriterionView, ScoreView } from '@contracts/views';
import { formatDateTime } from '../../ui/format';
import { stack, subtle } from '../../ui/styles';

interface Props {
  score: ScoreView;
  criteria: CriterionView[];
  raterRatings: RaterRatings[];
}

/**
 * Who rated, the warning listing the criteria where raters disagree, and beside it who rated what
 * and why: the CAB discusses a disagreement with each rater's rationale at hand.
 */
export function RatersAlignment({ score, criteria, raterRatings }: Props) {
  const disputed = new Set(score.disagreements.map((d) => d.key));
  return (
    <div style={stack('space.200')}>
      <p style={{ margin: 0 }}>
        <span style={subtle}>{`Raters (${score.raterCount ?? score.raters.length}): `}</span>
        {score.raters.map((r) => r.displayName).join(', ') || 'nobody yet'}
        {(score.raterCount ?? 0) > score.raters.length && ` and ${(score.raterCount ?? 0) - score.raters.length} more`}
      </p>
      {score.needsAlignment && (
        <SectionMessage appearance="warning" title="Needs alignment">
          <p>Raters disagree by 2 or more points on these criteria. Discuss them before deciding:</p>
          <ul>
            {score.disagreements.map((d) => (
              <li key={d.key}>{`${d.name}: ratings from ${d.min} to ${d.max} (spread ${d.spread})`}</li>
            ))}
          </ul>
        </SectionMessage>
      )}
      {raterRatings.length > 0 && (
        <ul
          aria-label="Who rated what"
          style={{ ...stack('space.150'), margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
        >
          {raterRatings.map((r) => (
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
      )}
    </div>
  );
}
