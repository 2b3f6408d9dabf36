import SectionMessage from '@atlaskit/section-message';
import type { ScoreView } from '@contracts/views';
import { subtle } from '../../ui/styles';

/** Who rated, and a warning listing the criteria where raters disagree. */
export function RatersAlignment({ score }: { score: ScoreView }) {
  const raters = score.raters.map((r) => r.displayName).join(', ');
  return (
    <>
      <p style={{ margin: 0 }}>
        <span style={subtle}>{`Raters (${score.raters.length}): `}</span>
        {raters || 'nobody yet'}
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
    </>
  );
}
