import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { Field, FieldErrors } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import type { FieldErrorMap } from '../../ui/field-errors';
import type { ConfigDraft } from './config-draft';

interface Props {
  draft: ConfigDraft;
  errors: FieldErrorMap;
  onChange: (draft: ConfigDraft) => void;
}

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
  gap: token('space.150'),
  alignItems: 'start',
} as const;

/** Classification thresholds, the balance band, the MVI threshold and the effort criterion. */
export function ThresholdFields({ draft, errors, onChange }: Props) {
  const num = (id: string, label: string, key: string, value: string, set: (v: string) => void, hint?: string) => (
    <Field id={id} label={label} errors={errors[key]} hint={hint} required>
      {(p) => (
        <Textfield {...p} type="text" inputMode="decimal" value={value} onChange={(e) => set(e.currentTarget.value)} />
      )}
    </Field>
  );
  const keyOptions = draft.criteria
    .filter((c) => c.key)
    .map((c) => ({ value: c.key, label: `${c.name || c.key} (${c.key})` }));
  return (
    <div style={{ display: 'grid', gap: token('space.200') }}>
      <div style={grid}>
        {num(
          'qw-effort',
          'Quick win: effort at most',
          'quickWin.maxEffort',
          draft.quickWin.maxEffort,
          (v) => onChange({ ...draft, quickWin: { ...draft.quickWin, maxEffort: v } }),
          'Rating 1-5',
        )}
        {num(
          'qw-days',
          'Quick win: duration at most (days)',
          'quickWin.maxDurationDays',
          draft.quickWin.maxDurationDays,
          (v) => onChange({ ...draft, quickWin: { ...draft.quickWin, maxDurationDays: v } }),
        )}
        {num(
          'tf-effort',
          'Transformational: effort at least',
          'transformational.minEffort',
          draft.transformational.minEffort,
          (v) => onChange({ ...draft, transformational: { ...draft.transformational, minEffort: v } }),
          'Rating 1-5',
        )}
        {num(
          'tf-days',
          'Transformational: duration over (days)',
          'transformational.minDurationDays',
          draft.transformational.minDurationDays,
          (v) => onChange({ ...draft, transformational: { ...draft.transformational, minDurationDays: v } }),
        )}
      </div>
      <div style={grid}>
        {num('band-min', 'Quick-win share target: from (%)', 'balanceBand.min', draft.balanceBand.min, (v) =>
          onChange({ ...draft, balanceBand: { ...draft.balanceBand, min: v } }),
        )}
        {num('band-max', 'Quick-win share target: to (%)', 'balanceBand.max', draft.balanceBand.max, (v) =>
          onChange({ ...draft, balanceBand: { ...draft.balanceBand, max: v } }),
        )}
        {num(
          'mvi',
          'Minimum viable improvement (%)',
          'mviThresholdPct',
          draft.mviThresholdPct,
          (v) => onChange({ ...draft, mviThresholdPct: v }),
          'Default for KPIs without their own threshold',
        )}
        <Field
          id="effort-key"
          label="Effort criterion"
          errors={errors.effortCriterionKey}
          hint="The criterion whose rating classifies quick wins"
        >
          {(p) => (
            <NativeSelect
              {...p}
              options={keyOptions}
              value={draft.effortCriterionKey || null}
              onChange={(key) => onChange({ ...draft, effortCriterionKey: key ?? '' })}
              placeholder="Choose a criterion…"
            />
          )}
        </Field>
      </div>
      <FieldErrors
        errors={[...(errors.quickWin ?? []), ...(errors.transformational ?? []), ...(errors.balanceBand ?? [])]}
      />
    </div>
  );
}

/** Error keys this component shows. */
export const THRESHOLD_KEYS = [
  'quickWin',
  'quickWin.maxEffort',
  'quickWin.maxDurationDays',
  'transformational',
  'transformational.minEffort',
  'transformational.minDurationDays',
  'balanceBand',
  'balanceBand.min',
  'balanceBand.max',
  'mviThresholdPct',
  'effortCriterionKey',
];
