import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { lifecycleSettingsCalls, type WorkflowMapData } from '@contracts/lifecycle-settings.contract';
import { useCall } from '../../../api/use-call';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';
import { Loading } from '../../../ui/Loading';
import { Section } from '../../../ui/Section';
import { formatDateTime } from '../../../ui/format';
import { inline, stack, subtle } from '../../../ui/styles';
import { WorkflowForm } from './WorkflowForm';

/**
 * The mapping of the app's lifecycle stages onto a project's Jira workflow, and which transitions
 * (target statuses) the CSI gate guards with which conditions. The statuses come from Jira.
 */
export function WorkflowSection() {
  const [project, setProject] = useState<string | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const workflow = useCall(lifecycleSettingsCalls.workflow, project === undefined ? {} : { workflowProject: project });
  const data: WorkflowMapData | null = workflow.data;
  return (
    <Section title="Workflow mapping and gates">
      <div style={stack('space.200')}>
        {data && (
          <span style={subtle}>
            {data.version === 0
              ? 'Not saved yet: the gate uses its built-in rule.'
              : `Mapping version ${data.version}${data.changedBy ? `, saved by ${data.changedBy.displayName}` : ''}${data.changedAt ? ` on ${formatDateTime(data.changedAt)}` : ''}`}
          </span>
        )}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setProject(typed.trim().toUpperCase());
          }}
          style={inline('space.100')}
        >
          <Field
            id="workflow-project"
            label="Project whose workflow to map"
            hint={data?.projectKey ? `Now: ${data.projectKey}` : 'A Jira project key, such as CSI.'}
            errors={workflow.error?.fieldErrors?.workflowProject}
          >
            {(p) => <Textfield {...p} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} />}
          </Field>
          <Button type="submit">Read statuses</Button>
        </form>
        {workflow.error && !workflow.error.fieldErrors && (
          <ErrorMessage error={workflow.error} onRetry={workflow.reload} />
        )}
        {!data && !workflow.error && <Loading label="Loading the workflow mapping" />}
        {data && data.projectKey && (
          <WorkflowForm key={`${data.projectKey}:${data.version}`} data={data} onSaved={workflow.setData} />
        )}
      </div>
    </Section>
  );
}
