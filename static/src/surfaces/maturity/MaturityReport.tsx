import type { CSSProperties, ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { DIMENSION_LABELS, type MaturityView } from '@contracts/maturity.contract';
import { formatDateTime } from '../../ui/format';
import { stack, subtle } from '../../ui/styles';
import { AssessmentForm } from './AssessmentForm';
import { GapResults } from './GapResults';
import { LevelBars, type LevelRow } from './LevelBars';
import { formatMean, STATE_LABELS } from './maturity-format';
import { TrendChart } from './TrendChart';

interface Props {
  view: MaturityView;
  /** Replaces the view (a submission's answer, gaps with their new issues). */
  onView: (view: MaturityView) => void;
  /** Reads the view again (after a saved rating). */
  onReload: () => void;
}

const h3: CSSProperties = { margin: 0, font: token('font.heading.small') };

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={stack('space.150')}>
      <h3 style={h3}>{title}</h3>
      {children}
    </section>
  );
}

/** An empty state in plain text (the Atlaskit empty state would re-split a macro's shared chunks). */
export function Notice({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="status">
      <strong>{title}</strong>
      {children && <p style={{ ...subtle, margin: 0 }}>{children}</p>}
    </div>
  );
}

/**
 * One period of the maturity assessment as the programme page and the macro show it: the levels
 * beside the compared period, the trend, each dimension's gaps (which an assessor can turn into
 * Jira issues), and for an assessor while the period is open, the rating form.
 */
export function MaturityReport({ view, onView, onReload }: Props) {
  const { result, draft } = view;
  const assessing = view.you.canAssess && draft !== null && view.state !== 'submitted';
  const rows: LevelRow[] = result
    ? result.dimensions.map((d) => ({ key: d.dimension, label: d.label, level: d.level, previous: d.previousLevel }))
    : draft
      ? draft.model.dimensions.map((d) => ({
          key: d.dimension,
          label: DIMENSION_LABELS[d.dimension] ?? d.dimension,
          level: draft.preview.levels[d.dimension] ?? 0,
          previous: null,
        }))
      : [];
  return (
    <div style={stack('space.300')}>
      <p style={{ ...subtle, margin: 0 }}>
        {`${view.period} · ${STATE_LABELS[view.state] ?? view.state}`}
        {result && ` · submitted by ${result.submittedBy.displayName} on ${formatDateTime(result.submittedAt)}`}
        {result && ` · model version ${result.modelVersion}`}
      </p>
      {result ? (
        <Part title="Levels">
          <p style={{ margin: 0 }}>
            <strong>{`Organisation level ${result.organisation.level}`}</strong>
            {` (mean ${formatMean(result.organisation.mean)})`}
            {result.comparisonPeriod !== null &&
              result.organisation.previousLevel !== null &&
              ` · ${result.comparisonPeriod}: level ${result.organisation.previousLevel}` +
                (result.organisation.previousMean !== null
                  ? ` (mean ${formatMean(result.organisation.previousMean)})`
                  : '')}
          </p>
          <LevelBars
            rows={rows}
            caption={`Capability level of each dimension, 0 to 5, in ${view.period}`}
            currentLabel={view.period}
            previousLabel={result.comparisonPeriod}
          />
        </Part>
      ) : draft && rows.length > 0 ? (
        <Part title="Levels so far">
          <p style={{ margin: 0 }}>
            <strong>{`Organisation level ${draft.preview.organisation.level}`}</strong>
            {` (mean ${formatMean(draft.preview.organisation.mean)}) from the ratings so far; nothing is final until the assessment is submitted.`}
          </p>
          <LevelBars
            rows={rows}
            caption={`Capability level of each dimension from the ratings so far, 0 to 5`}
            currentLabel={`${view.period} (draft)`}
            previousLabel={null}
          />
        </Part>
      ) : (
        <Notice title={`No assessment of ${view.period}`}>
          The named assessors rate each criterion with evidence; the levels show here once they have submitted it.
        </Notice>
      )}
      <Part title="Trend">
        {view.trend.length === 0 ? (
          <Notice title="No submitted assessments yet">Each submitted quarter adds a point.</Notice>
        ) : (
          <TrendChart trend={view.trend} />
        )}
      </Part>
      {result && (
        <Part title="Gaps to the next level">
          <GapResults
            period={view.period}
            result={result}
            canCreate={view.you.canAssess && view.state === 'submitted'}
            onResult={(r) => onView({ ...view, result: r })}
          />
        </Part>
      )}
      {assessing && (
        <Part
          title={draft.started ? `Continue the assessment of ${view.period}` : `Start the assessment of ${view.period}`}
        >
          <AssessmentForm period={view.period} draft={draft} onRated={onReload} onSubmitted={onView} />
        </Part>
      )}
    </div>
  );
}
