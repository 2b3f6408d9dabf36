import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ScoreView } from '@contracts/views';
import { ClassLozenge } from '../../ui/Lozenges';
import { formatScore } from '../../ui/format';
import { inline, metric, subtle } from '../../ui/styles';

/** The score as a headline: the number, the class, and whether it is complete (and if not, what is missing). */
export function ScoreHeadline({ score }: { score: ScoreView }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.100') }}>
      <div style={inline('space.150')}>
        <span style={metric} aria-label={`CSI score ${formatScore(score.score)} out of 100`}>
          {formatScore(score.score)}
        </span>
        <span style={subtle}>/ 100</span>
        <ClassLozenge value={score.initiativeClass} />
        {score.complete ? (
          <Lozenge appearance="success">Complete</Lozenge>
        ) : (
          <Lozenge appearance="moved">Incomplete</Lozenge>
        )}
      </div>
      {!score.complete && score.missing.length > 0 && (
        <p style={{ margin: 0 }}>
          <strong>Missing: </strong>
          {score.missing.join(', ')}
        </p>
      )}
      <span style={subtle}>{`Scoring configuration version ${score.configVersion}`}</span>
    </div>
  );
}
