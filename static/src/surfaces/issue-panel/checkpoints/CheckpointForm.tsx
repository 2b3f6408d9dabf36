import { useState } from 'react';
import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { checkpointCalls, type CheckpointCriterionInput, type CheckpointView } from '@contracts/checkpoint.contract';
import type { PanelData } from '@contracts/issue-panel.contract';
import { useAction } from '../../../api/use-call';
import { ActionForm } from '../../../ui/ActionForm';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field, FieldErrors } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { NativeSelect } from '../../../ui/NativeSelect';
import { fieldErrorsOf, unplacedErrors, type FieldErrorMap } from '../../../ui/field-errors';
import { card, inline, stack } from '../../../ui/styles';
import { useRequestId } from './use-request-id';

interface CriterionDraft {
  /** Kept when editing, with the results recorded so far. */
  id?: string;
  measured?: number | null;
  judgement?: 'met' | 'not-met' | 'not-judged';
  kind: 'metric' | 'manual';
  priority: 'must' | 'should';
  kpiName: string;
  direction: 'increase' | 'decrease';
  baseline: string;
  requiredChangePct: string;
  statement: string;
}

const NEW_CRITERION: CriterionDraft = {
  kind: 'metric',
  priority: 'must',
  kpiName: '',
  direction: 'decrease',
  baseline: '',
  requiredChangePct: '',
  statement: '',
};

const KINDS = [
  { value: 'metric' as const, label: 'Metric (a KPI against its baseline)' },
  { value: 'manual' as const, label: 'Statement judged by a person' },
];
const PRIORITIES = [
  { value: 'must' as const, label: 'Must (decides the verdict)' },
  { value: 'should' as const, label: 'Should (informs it)' },
];
const DIRECTIONS = [
  { value: 'decrease' as const, label: 'Decrease' },
  { value: 'increase' as const, label: 'Increase' },
];

/** An empty number field stays a string, so the contract names it ("Enter a number") instead of a guess. */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

function toInput(c: CriterionDraft): CheckpointCriterionInput {
  const id = c.id ? { id: c.id } : {};
  if (c.kind === 'manual') {
    return {
      ...id,
      kind: 'manual',
      priority: c.priority,
      statement: c.statement,
      ...(c.judgement ? { judgement: c.judgement } : {}),
    };
  }
  return {
    ...id,
    ...(c.measured !== undefined ? { measured: c.measured } : {}),
    kind: 'metric',
    priority: c.priority,
    kpiName: c.kpiName,
    direction: c.direction,
    baseline: numberOf(c.baseline),
    requiredChangePct: numberOf(c.requiredChangePct),
  };
}

function CriterionFields({
  prefix,
  index,
  value,
  errors,
  onChange,
  onRemove,
}: {
  prefix: string;
  index: number;
  value: CriterionDraft;
  errors: FieldErrorMap;
  onChange: (c: CriterionDraft) => void;
  onRemove: (() => void) | null;
}) {
  const id = (field: string) => `${prefix}-criterion-${index}-${field}`;
  const err = (field: string) => errors[`criteria.${index}.${field}`];
  const set = (patch: Partial<CriterionDraft>) => onChange({ ...value, ...patch });
  const text = (field: 'kpiName' | 'baseline' | 'requiredChangePct' | 'statement', label: string, hint?: string) => (
    <Field id={id(field)} label={label} required errors={err(field)} hint={hint}>
      {(p) => <Textfield {...p} value={value[field]} onChange={(e) => set({ [field]: e.currentTarget.value })} />}
    </Field>
  );
  return (
    <fieldset style={{ ...card, ...stack('space.150') }}>
      <legend>Criterion {index + 1}</legend>
      <div style={inline('space.150')}>
        <Field id={id('kind')} label="Kind" required errors={err('kind')}>
          {(p) => <NativeSelect {...p} options={KINDS} value={value.kind} onChange={(kind) => kind && set({ kind })} />}
        </Field>
        <Field id={id('priority')} label="Counts as" required errors={err('priority')}>
          {(p) => (
            <NativeSelect
              {...p}
              options={PRIORITIES}
              value={value.priority}
              onChange={(priority) => priority && set({ priority })}
            />
          )}
        </Field>
      </div>
      {value.kind === 'metric' ? (
        <>
          {text('kpiName', 'KPI', 'For example "Mean time to resolve P1 incidents (h)".')}
          <div style={inline('space.150')}>
            <Field id={id('direction')} label="Good direction" required errors={err('direction')}>
              {(p) => (
                <NativeSelect
                  {...p}
                  options={DIRECTIONS}
                  value={value.direction}
                  onChange={(direction) => direction && set({ direction })}
                />
              )}
            </Field>
            {text('baseline', 'Baseline')}
            {text('requiredChangePct', 'Required change (%)', 'Of the baseline, in the good direction.')}
          </div>
        </>
      ) : (
        text('statement', 'Statement', 'For example "The service desk runs the new triage unaided".')
      )}
      {onRemove && (
        <div>
          <Button appearance="subtle" onClick={onRemove}>
            Remove criterion {index + 1}
          </Button>
        </div>
      )}
    </fieldset>
  );
}

function draftOf(c: CheckpointView['criteria'][number]): CriterionDraft {
  if (c.kind === 'manual')
    return {
      ...NEW_CRITERION,
      id: c.id,
      kind: 'manual',
      priority: c.priority,
      statement: c.statement,
      judgement: c.judgement,
    };
  return {
    ...NEW_CRITERION,
    id: c.id,
    priority: c.priority,
    kpiName: c.kpiName,
    direction: c.direction,
    baseline: String(c.baseline),
    requiredChangePct: String(c.requiredChangePct),
    measured: c.measured,
  };
}

/**
 * Adds a checkpoint, or edits an undecided one (`initial`): a name, a due date, success criteria and
 * the rollback procedure, all required. Editing keeps the results recorded so far.
 */
export function CheckpointForm({
  maxCriteria,
  initial,
  onSaved,
}: {
  maxCriteria: number;
  initial?: CheckpointView;
  onSaved: (d: PanelData) => void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [dueDate, setDueDate] = useState(initial?.dueDate ?? '');
  const [rollback, setRollback] = useState(initial?.rollbackProcedure ?? '');
  const [criteria, setCriteria] = useState<CriterionDraft[]>(initial ? initial.criteria.map(draftOf) : [NEW_CRITERION]);
  const action = useAction(checkpointCalls.save);
  const requestId = useRequestId();
  const prefix = initial ? `edit-${initial.id}` : 'new-checkpoint';
  const errors = fieldErrorsOf(action.error);
  const submit = async () => {
    const result = await action.run({
      ...(initial ? { id: initial.id } : {}),
      name,
      dueDate,
      criteria: criteria.map(toInput),
      rollbackProcedure: rollback,
      requestId: requestId.current(),
    });
    if (result.ok) {
      requestId.done();
      onSaved(result.data);
    }
  };
  const placed = (key: string) =>
    ['name', 'dueDate', 'rollbackProcedure', 'criteria'].includes(key) ||
    /^criteria\.\d+\.(kind|priority|kpiName|direction|baseline|requiredChangePct|statement)$/.test(key);
  return (
    <ActionForm onSubmit={submit}>
      <Field id={`${prefix}-name`} label="Name" required errors={errors.name} hint='For example "Week 4 review".'>
        {(p) => <Textfield {...p} value={name} onChange={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field id={`${prefix}-due`} label="Due date" required errors={errors.dueDate}>
        {(p) => <Textfield {...p} type="date" value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} />}
      </Field>
      <div role="group" aria-label="Success criteria" style={stack('space.150')}>
        {criteria.map((c, i) => (
          <CriterionFields
            key={i}
            prefix={prefix}
            index={i}
            value={c}
            errors={errors}
            onChange={(next) => setCriteria(criteria.map((old, j) => (j === i ? next : old)))}
            onRemove={criteria.length > 1 ? () => setCriteria(criteria.filter((_, j) => j !== i)) : null}
          />
        ))}
        <FieldErrors errors={errors.criteria ?? []} />
        {criteria.length < maxCriteria && (
          <div>
            <Button onClick={() => setCriteria([...criteria, NEW_CRITERION])}>Add a criterion</Button>
          </div>
        )}
      </div>
      <Field
        id={`${prefix}-rollback`}
        label="Rollback procedure"
        required
        errors={errors.rollbackProcedure}
        hint="What to undo if the checkpoint is a no-go; it becomes a Jira issue assigned to the initiative's owner."
      >
        {(p) => (
          <TextArea {...p} minimumRows={3} value={rollback} onChange={(e) => setRollback(e.currentTarget.value)} />
        )}
      </Field>
      {action.error && <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, placed)} />}
      <FormFooter label={initial ? 'Save checkpoint' : 'Add checkpoint'} pending={action.pending} />
    </ActionForm>
  );
}
