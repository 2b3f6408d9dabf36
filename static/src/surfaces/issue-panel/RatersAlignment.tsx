import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { issuePanelCalls, type RaterRatings } from '@contracts/issue-panel.contract';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import type { CriterionView, ScoreView } from '@contracts/views';
import { formatDateTime } from '../../ui/format';
import { stack, subtle } from '../../ui/styles';

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
  const [more, setMore] = useState<{ from: string | null; raters: RaterRatings[]; cursor: string | null }>({
    from: moreRaters,
    raters: [],
    cursor: moreRaters,
  });
  // A new panel answer (after a rating, say) starts the extra pages again from its own cursor.
  const extra = more.from === moreRaters ? more : { from: moreRaters, raters: [], cursor: moreRaters };
  const page = useAction(issuePanelCalls.raterRatings);
  const shown = [
    ...raterRatings,
    ...extra.raters.filter((r) => !raterRatings.some((s) => s.rater.accountId === r.rater.accountId)),
  ];
  const loadMore = async () => {
    if (!extra.cursor) return;
    const result = await page.run({ cursor: extra.cursor });
    if (result.ok)
      setMore({
        from: moreRaters,
        raters: [...extra.raters, ...result.data.raterRatings],
        cursor: result.data.moreRaters,
      });
  };
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
      {shown.length > 0 && (
        <ul
          aria-label="Who rated what"
          style={{ ...stack('space.150'), margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
        >
          {shown.map((r) => (
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
      {page.error && <ErrorMessage error={page.error} />}
      {extra.cursor && (
        <div>
          <Button onClick={() => void loadMore()} isLoading={page.pending}>
            Show more raters
          </Button>
        </div>
      )}
    </div>
  );
}
