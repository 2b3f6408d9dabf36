import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import {
  DIMENSION_LABELS,
  maturityCalls,
  type DraftView,
  type MaturityView,
  type SavedRatingView,
} from '@contracts/maturity.contract';
import { newRequestId } from '../../api/call-policy';
import { useAction } from '../../api/use-call';
import { ConfirmStep } from '../../ui/ConfirmStep';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { stack, subtle } from '../../ui/styles';
import { CriterionRating } from './CriterionRating';
import { criterionIds } from './maturity-format';

interface Props {
  period: string;
  draft: DraftView;
  /** After each saved rating: the view is read again, for the preview and what is left unrated. */
  onRated: () => void;
  onSubmitted: (view: MaturityView) => void;
}

/**
 * An assessor's draft of a period: every criterion of the model by dimension and level, each saved
 * on its own; how many are rated; and Submit, which stays disabled while any criterion is unrated
 * by everyone and asks once more before it freezes the period.
 */
export function AssessmentForm({ period, draft, onRated, onSubmitted }: Props) {
  // Criteria rated here since the view was read: counted at once, before the view is read again.
  const [ratedHere, setRatedHere] = useState<ReadonlySet<string>>(new Set());
  const [lastSaved, setLastSaved] = useState<SavedRatingView | null>(null);
  const [confirming, setConfirming] = useState(false);
  const submit = useAction(maturityCalls.submit);
  const total = criterionIds(draft.model).length;
  const unrated = draft.unrated.filter((id) => !ratedHere.has(id));
  const yours = lastSaved?.ratedByYou ?? Object.keys(draft.mine).length;

  const saved = (answer: SavedRatingView) => {
    setRatedHere((s) => new Set([...s, answer.rating.criterionId]));
    setLastSaved(answer);
    onRated();
  };
  const run = async () => {
    const outcome = await submit.run({ period, requestId: newRequestId() });
    setConfirming(false);
    if (outcome.ok) onSubmitted(outcome.data);
  };

  return (
    <div style={stack('space.200')}>
      <p style={{ margin: 0 }} aria-live="polite">
        {`${total - unrated.length} of ${total} criteria rated (${yours} by you).`}
        {unrated.length > 0 && ` ${unrated.length} still need a rating before the assessment can be submitted.`}
      </p>
      {draft.model.dimensions.map((d, i) => {
        const ids = d.levels.flatMap((l) => l.criteria.map((c) => c.id));
        const open = ids.filter((id) => unrated.includes(id)).length;
        return (
          <details
            key={d.dimension}
            open={i === 0}
            style={{ borderTop: `${token('border.width')} solid ${token('color.border')}` }}
          >
            <summary style={{ cursor: 'pointer', padding: `${token('space.100')} 0` }}>
              <strong>{DIMENSION_LABELS[d.dimension] ?? d.dimension}</strong>
              <span style={subtle}>
                {` · preview level ${draft.preview.levels[d.dimension] ?? 0} · ${open === 0 ? 'every criterion rated' : `${open} not rated`}`}
              </span>
            </summary>
            <div style={stack('space.300')}>
              {d.levels.map((l) => (
                <section
                  key={l.level}
                  style={stack('space.200')}
                  aria-label={`${DIMENSION_LABELS[d.dimension] ?? d.dimension}, level ${l.level}`}
                >
                  <h5 style={{ margin: 0, font: token('font.heading.xxsmall') }}>{`Level ${l.level}`}</h5>
                  {l.criteria.map((c) => (
                    <CriterionRating
                      key={c.id}
                      period={period}
                      criterion={c}
                      mine={draft.mine[c.id]}
                      proposal={draft.proposals[c.id]}
                      onSaved={saved}
                    />
                  ))}
                </section>
              ))}
            </div>
          </details>
        );
      })}
      <div style={stack('space.100')}>
        {confirming ? (
          <ConfirmStep
            appearance="warning"
            confirmLabel="Submit now"
            pending={submit.pending}
            onConfirm={() => void run()}
            onCancel={() => setConfirming(false)}
          >
            {`Submitting freezes the ratings of ${period}: nobody can change them afterwards, and the result is recorded in the decision log.`}
          </ConfirmStep>
        ) : (
          <div style={{ display: 'flex', alignItems: 'center', gap: token('space.150'), flexWrap: 'wrap' }}>
            <Button appearance="primary" isDisabled={unrated.length > 0} onClick={() => setConfirming(true)}>
              Submit the assessment
            </Button>
            {unrated.length > 0 && <span style={subtle}>Every criterion needs a rating first.</span>}
          </div>
        )}
        {submit.error && <ErrorMessage error={submit.error} />}
      </div>
    </div>
  );
}
