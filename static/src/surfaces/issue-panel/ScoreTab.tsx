import type { RaterRatings } from '@contracts/issue-panel.contract';
import type { CriterionView, ScoreHistoryRow, ScoreView } from '@contracts/views';
import { Empty } from '../../ui/Empty';
import { Section } from '../../ui/Section';
import { stack } from '../../ui/styles';
import { BreakdownChart } from './BreakdownChart';
import { MviSummary } from './MviSummary';
import { RatersAlignment } from './RatersAlignment';
import { ScoreHeadline } from './ScoreHeadline';
import { ScoreHistory } from './ScoreHistory';

/** Everything the resolver computed about the score, read-only. */
export function ScoreTab({
  score,
  history,
  canRate,
  criteria,
  raterRatings,
  moreRaters,
}: {
  score: ScoreView | null;
  history: ScoreHistoryRow[];
  canRate: boolean;
  criteria: CriterionView[];
  raterRatings: RaterRatings[];
  moreRaters: string | null;
}) {
  if (!score) {
    return (
      <Empty
        header="Not scored yet"
        description={
          canRate ? 'Rate the criteria on the Rate tab to compute a score.' : 'Nobody has rated this initiative yet.'
        }
      />
    );
  }
  return (
    <div style={stack('space.300')}>
      <ScoreHeadline score={score} />
      <Section title="Breakdown">
        <BreakdownChart rows={score.breakdown} />
      </Section>
      <Section title="Minimum viable improvement">
        <MviSummary mvi={score.mvi} />
      </Section>
      <Section title="Raters">
        <RatersAlignment score={score} criteria={criteria} raterRatings={raterRatings} moreRaters={moreRaters} />
      </Section>
      <Section title="History">
        <ScoreHistory rows={history} />
      </Section>
    </div>
  );
}
