import { useState } from 'react';
import { Checkbox } from '@atlaskit/checkbox';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { PanelData } from '@contracts/issue-panel.contract';
import {
  STOP_CRITERION_KINDS,
  STOP_CRITERION_LABELS,
  stopCriteriaCalls,
  type StopCriteriaView,
  type StopCriterionInput,
} from '@contracts/stop-criteria.contract';
import { useAction } from '../../../api/use-call';
import { ActionForm } from '../../../ui/ActionForm';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field, FieldErrors } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { fieldErrorsOf, unplacedErrors } from '../../../ui/field-errors';
import { fromNumber, toNumber } from '../../../ui/numbers';
import { stack, subtle } from '../../../ui/styles';

type Kind = StopCriterionInput['kind'];

/** One row of the form per kind: whether it is declared and its parameter as typed. */
type Draft = Record<Kind, { on: boolean; value: string }>;

function draftOf(criteria: StopCriterionInput[]): Draft {
  const find = (kind: Kind) => criteria.find((c) => c.kind === kind);
  const noGain = find('terminate-if-no-kpi-gain');
  const score = find('pause-if-score-below');
  return {
    'terminate-if-no-kpi-gain': {
      on: noGain !== undefined,
      value: noGain?.kind === 'terminate-if-no-kpi-gain' ? fromNumber(noGain.checkpoints) : '2',
    },
    'pause-if-score-below': {
      on: score !== undefined,
      value: score?.kind === 'pause-if-score-below' ? fromNumber(score.score) : '40',
    },
    'pause-if-commitment-lapsed': { on: find('pause-if-commitment-lapsed') !== undefined, value: '' },
  };
}

/** The criteria the form sends: one per declared kind, keyed by the kind (the index matches `criteria.N`). */
function payloadOf(draft: Draft): StopCriterionInput[] {
  return STOP_CRITERION_KINDS.filter((kind) => draft[kind].on).map((kind): StopCriterionInput => {
    if (kind === 'terminate-if-no-kpi-gain') return { id: kind, kind, checkpoints: toNumber(draft[kind].value) };
    if (kind === 'pause-if-score-below') return { id: kind, kind, score: toNumber(draft[kind].value) };
    return { id: kind, kind };
  });
}

const PARAMETER: Partial<Record<Kind, { label: string; field: string; hint: string }>> = {
  'terminate-if-no-kpi-gain': {
    label: 'Checkpoints without KPI gain',
    field: 'checkpoints',
    hint: 'How many decided checkpoints in a row show no KPI gain (1 to 20).',
  },
  'pause-if-score-below': { label: 'Score threshold', field: 'score', hint: 'A complete score below it (0 to 100).' },
};

/**
 * The pause / terminate criteria of an initiative (issue 10 item 4): what fired, and the declared
 * criteria, which CSI admins set (typically when it is approved). A triggered criterion asks the
 * committee for a recorded decision: pause, terminate, or continue (an override of the trigger).
 */
export function StopCriteriaSection({ view, onSaved }: { view: StopCriteriaView; onSaved: (data: PanelData) => void }) {
  return (
    <div style={stack('space.200')}>
      {view.criteria.length === 0 ? (
        <p style={subtle}>No pause or terminate criteria are declared.</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: token('space.300') }}>
          {view.criteria.map((c) => (
            <li key={c.id}>{capitalised(STOP_CRITERION_LABELS.describe(c))}</li>
          ))}
        </ul>
      )}
      {view.canEdit && <StopCriteriaForm criteria={view.criteria} onSaved={onSaved} />}
    </div>
  );
}

function StopCriteriaForm({
  criteria,
  onSaved,
}: {
  criteria: StopCriterionInput[];
  onSaved: (data: PanelData) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(criteria));
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction(stopCriteriaCalls.save);
  const errors = fieldErrorsOf(action.error);
  const declared = payloadOf(draft);
  const indexOf = (kind: Kind) => declared.findIndex((c) => c.kind === kind);
  const set = (kind: Kind, patch: Partial<Draft[Kind]>) => setDraft({ ...draft, [kind]: { ...draft[kind], ...patch } });
  const submit = async () => {
    setStatus(null);
    const result = await action.run({ criteria: payloadOf(draft) });
    if (result.ok) {
      setStatus('Criteria saved.');
      onSaved(result.data);
    }
  };
  const placed = (key: string) => /^criteria\.\d+\.(checkpoints|score|kind|id)$/.test(key);
  return (
    <ActionForm onSubmit={submit}>
      {STOP_CRITERION_KINDS.map((kind) => {
        const parameter = PARAMETER[kind];
        const at = indexOf(kind);
        return (
          <div key={kind} style={stack('space.050')}>
            <Checkbox
              label={STOP_CRITERION_LABELS.kind[kind]}
              isChecked={draft[kind].on}
              onChange={(e) => set(kind, { on: e.currentTarget.checked })}
            />
            {parameter && draft[kind].on && (
              <Field
                id={`stop-${kind}`}
                label={parameter.label}
                hint={parameter.hint}
                errors={errors[`criteria.${at}.${parameter.field}`]}
              >
                {(p) => (
                  <Textfield
                    {...p}
                    type="text"
                    inputMode="decimal"
                    value={draft[kind].value}
                    onChange={(e) => set(kind, { value: e.currentTarget.value })}
                  />
                )}
              </Field>
            )}
            {at >= 0 && (
              <FieldErrors
                errors={[...(errors[`criteria.${at}.kind`] ?? []), ...(errors[`criteria.${at}.id`] ?? [])]}
              />
            )}
          </div>
        );
      })}
      {action.error && <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, placed)} />}
      <FormFooter label="Save criteria" pending={action.pending} status={status} />
    </ActionForm>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
