import { lazy, Suspense } from 'react';
import SectionMessage from '@atlaskit/section-message';
import type { RaterRatings } from '@contracts/issue-panel.contract';
import type { CriterionView, ScoreView } from '@contracts/views';
import { stack, subtle } from '../../ui/styles';
import { RaterList } from './RaterList';

// Shown only past the first page of raters: its button and paging load when needed.
const MoreRaters = lazy(() => import('./MoreRaters').then((m) => ({ default: m.MoreRaters })));

interface Props {
  score: ScoreView;
  criteria: CriterionView[];
  raterRatings: RaterRatings[];
  /** The cursor to more raters' rationales, or null when the panel shows them all. */
  moreRaters: string | null;
}

/**
 * Who rated, the warning listing the criteria where raters disagree, and beside it who rated what
 * and why: the CAB discusses a disagreement with each rater's rationale at hand. The latest raters
 * come with the panel; "Show more raters" loads the next page.
 */
export function RatersAlignment({ score, criteria, raterRatings, moreRaters }: Props) {
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
      <RaterList raters={raterRatings} criteria={criteria} disputed={disputed} />
      {moreRaters && (
        <Suspense fallback={null}>
          {/* A new panel answer (after a rating, say) starts the extra pages again from its own cursor. */}
          <MoreRaters
            key={moreRaters}
            cursor={moreRaters}
            shown={raterRatings}
            criteria={criteria}
            disputed={disputed}
          />
        </Suspense>
      )}
    </div>
  );
}
