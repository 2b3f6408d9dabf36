import { useId, useState } from 'react';
import { token } from '@atlaskit/tokens';
import {
  AUTOMATIC_CHECK_LABELS,
  maturityCalls,
  MATURITY_LIMITS,
  RATING_LABELS,
  RATINGS,
  type CriterionView,
  type ProposalView,
  type RatingView,
  type SavedRatingView,
} from '@contracts/maturity.contract';
import { newRequestId } from '../../api/call-policy';
import { useAction } from '../../api/use-call';
import { ActionForm } from '../../ui/ActionForm';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, FieldErrors } from '../../ui/Field';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { FormFooter } from '../../ui/FormFooter';
import { definitionList, subtle } from '../../ui/styles';

type Rating = RatingView['rating'];

interface Props {
  period: string;
  criterion: CriterionView;
  mine: RatingView | undefined;
  proposal: ProposalView | undefined;
  onSaved: (saved: SavedRatingView) => void;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

const REASON_KEYS = ['overrideReason', 'automatic.overrideReason'];
const isPlaced = (k: string) =>
  k === 'rating' || k === 'comment' || k === 'evidence' || k.startsWith('evidence.') || REASON_KEYS.includes(k);

/** The evidence messages, each per-link one naming its line. */
const evidenceErrors = (errors: Record<string, string[]>) =>
  Object.entries(errors)
    .filter(([k]) => k === 'evidence' || k.startsWith('evidence.'))
    .flatMap(([k, m]) => (k === 'evidence' ? m : m.map((msg) => `Line ${Number(k.slice(9)) + 1}: ${msg}`)));

/**
 * One criterion of the draft: N / P / L / F (native radios, arrow keys move), evidence links one per
 * line, a comment, and for a criterion the app checks, its proposal with the facts it counted and a
 * reason when the rating differs. Saved on its own (`maturity.rate`, a fresh request id per save).
 */
export function CriterionRating({ period, criterion, mine, proposal, onSaved }: Props) {
  const uid = useId();
  const [rating, setRating] = useState<Rating | null>(mine?.rating ?? null);
  const [evidence, setEvidence] = useState((mine?.evidence ?? []).join('\n'));
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [reason, setReason] = useState(mine?.automatic?.overrideReason ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const save = useAction(maturityCalls.rate);
  const errors = fieldErrorsOf(save.error);
  const differs = proposal !== undefined && rating !== null && rating !== proposal.proposed;
  const edited =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setStatus(null);
    };

  const submit = async () => {
    if (rating === null) return;
    setStatus(null);
    const outcome = await save.run({
      period,
      criterionId: criterion.id,
      rating,
      evidence: lines(evidence),
      comment,
      ...(differs ? { overrideReason: reason } : {}),
      requestId: newRequestId(),
    });
    if (!outcome.ok) return;
    setStatus('Rating saved.');
    onSaved(outcome.data);
  };

  return (
    <ActionForm onSubmit={submit}>
      <RatingRadios
        uid={uid}
        legend={criterion.text}
        note={mine === undefined ? 'not rated by you yet' : null}
        value={rating}
        errors={errors.rating ?? []}
        onChange={edited(setRating)}
      />
      {proposal && <Proposal proposal={proposal} check={criterion.automaticCheck} />}
      {differs && (
        <TextField
          id={`${uid}-reason`}
          label="Why your rating differs from the app's proposal"
          required
          maxLength={MATURITY_LIMITS.reason}
          errors={REASON_KEYS.flatMap((k) => errors[k] ?? [])}
          value={reason}
          onChange={edited(setReason)}
        />
      )}
      <TextField
        id={`${uid}-evidence`}
        label="Evidence links, one per line"
        hint={`Jira issue keys (CSI-12), Confluence pages (confluence:12345 or the page address) or web addresses; at most ${MATURITY_LIMITS.evidenceLinks}.`}
        errors={evidenceErrors(errors)}
        value={evidence}
        onChange={edited(setEvidence)}
      />
      <TextField
        id={`${uid}-comment`}
        label="Comment"
        maxLength={MATURITY_LIMITS.comment}
        errors={errors.comment ?? []}
        value={comment}
        onChange={edited(setComment)}
      />
      {save.error && <ErrorMessage error={save.error} unplaced={unplacedErrors(errors, isPlaced)} />}
      <FormFooter label="Save rating" pending={save.pending} disabled={rating === null} status={status} />
    </ActionForm>
  );
}

/** N / P / L / F as native radios in a fieldset (arrow keys move between them). */
function RatingRadios(props: {
  uid: string;
  legend: string;
  note: string | null;
  value: Rating | null;
  errors: string[];
  onChange: (rating: Rating) => void;
}) {
  const { uid, legend, note, value, errors, onChange } = props;
  return (
    <fieldset
      className="csi-choice"
      style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.050') }}
    >
      <legend style={{ padding: 0, marginBottom: token('space.050') }}>
        <strong>{legend}</strong>
        {note && <span style={subtle}>{` · ${note}`}</span>}
      </legend>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
          gap: token('space.050'),
        }}
      >
        {RATINGS.map((r) => (
          <div key={r} style={{ position: 'relative' }}>
            <input
              type="radio"
              id={`${uid}-${r}`}
              name={`${uid}-rating`}
              value={r}
              checked={value === r}
              onChange={() => onChange(r)}
            />
            <label htmlFor={`${uid}-${r}`}>
              <span className="csi-level">{r}</span>
              <span>{RATING_LABELS[r]}</span>
            </label>
          </div>
        ))}
      </div>
      <FieldErrors errors={errors} />
    </fieldset>
  );
}

/** A labelled native text area (light for a macro's first view), its errors wired by `Field`. */
function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  errors: string[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { id, label, hint, required, maxLength, errors, value, onChange } = props;
  return (
    <Field id={id} label={label} hint={hint} required={required} errors={errors}>
      {({ isInvalid: _styledByAria, ...p }) => (
        <textarea
          {...p}
          className="csi-native-input"
          rows={2}
          maxLength={maxLength}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

function Proposal({ proposal, check }: { proposal: ProposalView; check: CriterionView['automaticCheck'] }) {
  return (
    <div
      style={{
        display: 'grid',
        gap: token('space.050'),
        padding: token('space.100'),
        borderRadius: token('radius.small'),
        background: token('color.background.neutral'),
      }}
    >
      <span>
        <strong>{`The app proposes ${proposal.proposed}`}</strong>
        {` · ${RATING_LABELS[proposal.proposed] ?? proposal.proposed}`}
        {check && <span style={subtle}>{` (from ${AUTOMATIC_CHECK_LABELS[check] ?? check})`}</span>}
      </span>
      {(proposal.facts.length > 0 || proposal.pct !== null) && (
        <dl style={{ ...definitionList, ...subtle }}>
          {proposal.facts.map((f) => (
            <div key={f.label} style={{ display: 'contents' }}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
          {proposal.pct !== null && (
            <div style={{ display: 'contents' }}>
              <dt>Share measured</dt>
              <dd>{`${Number(proposal.pct.toFixed(1))} %`}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}
