import { useState } from 'react';
import Button from '@atlaskit/button/new';
import {
  GATE_CONDITIONS,
  LIFECYCLE_STAGES,
  lifecycleSettingsCalls,
  type GateCondition,
  type LifecycleStage,
  type WorkflowMapData,
} from '@contracts/lifecycle-settings.contract';
import { useAction } from '../../../api/use-call';
import { ActionForm } from '../../../ui/ActionForm';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';
import { NativeSelect } from '../../../ui/NativeSelect';
import { stack, subtle } from '../../../ui/styles';

const STAGE_LABELS: Record<LifecycleStage, string> = {
  proposed: 'Proposed',
  'under-review': 'Under review',
  approved: 'Approved',
  piloting: 'Piloting',
  'rolling-out': 'Rolling out',
  done: 'Done',
  'post-review': 'Under review after implementation',
  closed: 'Closed',
  rejected: 'Rejected',
  paused: 'Paused',
  terminated: 'Terminated',
};

const CONDITION_LABELS: Record<GateCondition, string> = {
  'score-complete': 'Score complete',
  'mvi-passed': 'MVI passes',
  'commitment-confirmed': 'A resource commitment is confirmed',
  'dependency-review-done': 'Dependency review done',
  'latest-checkpoint-go': 'Latest checkpoint is go',
};

const CONDITION_OPTIONS = GATE_CONDITIONS.map((c) => ({ value: c, label: CONDITION_LABELS[c] }));

/** The stage → status choices and the gated transitions of one project's workflow, saved together. */
export function WorkflowForm({ data, onSaved }: { data: WorkflowMapData; onSaved: (data: WorkflowMapData) => void }) {
  const sameProject = data.version > 0;
  const [stages, setStages] = useState<Partial<Record<LifecycleStage, string>>>(() =>
    Object.fromEntries(data.stages.map((s) => [s.stage, s.status])),
  );
  const [gates, setGates] = useState<Record<string, GateCondition[]>>(() =>
    Object.fromEntries(data.gates.map((g) => [g.status, g.conditions])),
  );
  const save = useAction(lifecycleSettingsCalls.saveWorkflow);
  const stageList = LIFECYCLE_STAGES.flatMap((stage) => {
    const status = stages[stage];
    return status ? [{ stage, status }] : [];
  });
  const gateList = data.statuses.flatMap((status) => {
    const conditions = gates[status] ?? [];
    return conditions.length > 0 ? [{ status, conditions }] : [];
  });
  // Field errors name positions in the lists as sent; map them back to the stage or status shown.
  const errors = save.error?.fieldErrors ?? {};
  const stageErrors = (stage: LifecycleStage) => {
    const i = stageList.findIndex((s) => s.stage === stage);
    return i < 0 ? [] : [...(errors[`stages.${i}.status`] ?? []), ...(errors[`stages.${i}.stage`] ?? [])];
  };
  const gateErrors = (status: string) => {
    const i = gateList.findIndex((g) => g.status === status);
    return i < 0 ? [] : Object.entries(errors).flatMap(([k, v]) => (k.startsWith(`gates.${i}.`) ? v : []));
  };
  const submit = async () => {
    const result = await save.run({
      version: data.version,
      workflowProject: data.projectKey ?? '',
      stages: stageList,
      gates: gateList,
    });
    if (result.ok) onSaved(result.data);
  };
  const statusOptions = data.statuses.map((s) => ({ value: s, label: s }));
  return (
    <ActionForm onSubmit={submit}>
      <fieldset style={{ border: 'none', margin: 0, padding: 0, ...stack('space.150') }}>
        <legend
          style={{ padding: 0, fontWeight: 600 }}
        >{`Stages and the ${data.projectKey ?? ''} statuses they stand for`}</legend>
        <span style={subtle}>
          A status stands for one stage at most; a stage without a status is kept by the app only.
        </span>
        {LIFECYCLE_STAGES.map((stage) => (
          <Field key={stage} id={`stage-${stage}`} label={STAGE_LABELS[stage]} errors={stageErrors(stage)}>
            {(p) => (
              <NativeSelect
                {...p}
                value={stages[stage] ?? null}
                options={statusOptions}
                placeholder="No status"
                onChange={(status) => setStages((prev) => ({ ...prev, [stage]: status ?? undefined }))}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <fieldset style={{ border: 'none', margin: 0, padding: 0, ...stack('space.150') }}>
        <legend style={{ padding: 0, fontWeight: 600 }}>Gated transitions</legend>
        <span style={subtle}>The CSI gate refuses a move into a status until every condition ticked for it holds.</span>
        {data.statuses.map((status) => (
          <CheckboxGroup
            key={status}
            legend={`Into ${status}`}
            options={CONDITION_OPTIONS}
            value={gates[status] ?? []}
            errors={gateErrors(status)}
            onChange={(conditions) => setGates((prev) => ({ ...prev, [status]: conditions }))}
          />
        ))}
      </fieldset>
      <div>
        <Button type="submit" appearance="primary" isLoading={save.pending}>
          {sameProject ? 'Save mapping' : 'Save the first mapping'}
        </Button>
      </div>
      {save.error && <ErrorMessage error={save.error} />}
    </ActionForm>
  );
}
