import { token } from '@atlaskit/tokens';
import type { DimensionResultView, GapView } from '@contracts/maturity.contract';
import { RATING_LABELS } from '@contracts/maturity.contract';
import { IssueLink } from '../../ui/IssueLink';
import { danger, stack, subtle } from '../../ui/styles';
import { EvidenceLinks } from './EvidenceLinks';

interface Props {
  dimensions: DimensionResultView[];
  /** The gaps an assessor ticked for Jira issues; null when nobody may select (a reader, a draft). */
  selected: ReadonlySet<string> | null;
  onToggle: (criterionId: string, on: boolean) => void;
}

/** Small bordered text in tokens (no Lozenge: the macro's first view stays light). */
const flag = {
  font: token('font.body.small'),
  border: `${token('border.width')} solid ${token('color.border.warning')}`,
  background: token('color.background.warning'),
  color: token('color.text.warning'),
  borderRadius: token('radius.small'),
  padding: `0 ${token('space.050')}`,
} as const;

const levelText = (d: DimensionResultView) =>
  d.previousLevel === null ? `Level ${d.level}` : `Level ${d.level} (compared period: ${d.previousLevel})`;

/** Each dimension of a submitted period: its level, whether it stagnates, and its gaps with their evidence and issues. */
export function DimensionResults({ dimensions, selected, onToggle }: Props) {
  return (
    <ul style={{ ...stack('space.200'), margin: 0, padding: 0, listStyle: 'none' }}>
      {dimensions.map((d) => (
        <li key={d.dimension} style={stack('space.100')}>
          <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: token('space.100') }}>
            <h4 style={{ margin: 0, font: token('font.heading.xsmall') }}>{d.label}</h4>
            <span style={subtle}>{levelText(d)}</span>
            {d.stagnating && <span style={flag}>Stagnating: no rise for two consecutive quarters</span>}
          </div>
          {d.gaps.length === 0 ? (
            <p style={{ ...subtle, margin: 0 }}>No gaps to the next level.</p>
          ) : (
            <ul
              aria-label={`Gaps in ${d.label}`}
              style={{ ...stack('space.100'), margin: 0, padding: 0, listStyle: 'none' }}
            >
              {d.gaps.map((g) => (
                <GapItem key={g.criterionId} gap={g} selected={selected} onToggle={onToggle} />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function GapItem({ gap, selected, onToggle }: { gap: GapView } & Omit<Props, 'dimensions'>) {
  const canSelect = selected !== null && gap.issueKey === null;
  const rated = gap.rating === null ? 'not rated' : `rated ${RATING_LABELS[gap.rating] ?? gap.rating}`;
  return (
    <li
      style={{
        borderInlineStart: `2px solid ${token('color.border')}`,
        paddingInlineStart: token('space.150'),
        display: 'grid',
        gap: token('space.050'),
      }}
    >
      {canSelect ? (
        <label style={{ display: 'flex', gap: token('space.100'), alignItems: 'flex-start', cursor: 'pointer' }}>
          <input
            type="checkbox"
            checked={selected.has(gap.criterionId)}
            onChange={(e) => onToggle(gap.criterionId, e.currentTarget.checked)}
            style={{ marginTop: 4, accentColor: token('color.background.selected.bold') }}
          />
          <span>{gap.text}</span>
        </label>
      ) : (
        <span>{gap.text}</span>
      )}
      <span style={subtle}>{`Level ${gap.level} criterion · ${rated}`}</span>
      <EvidenceLinks links={gap.evidence} />
      {gap.issueKey !== null && (
        <span style={subtle}>
          Jira issue <IssueLink issueKey={gap.issueKey} />
        </span>
      )}
      {gap.issueError !== null && <span style={danger}>{`No Jira issue: ${gap.issueError}`}</span>}
    </li>
  );
}
