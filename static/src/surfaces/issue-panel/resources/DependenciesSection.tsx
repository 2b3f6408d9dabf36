import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import type { ResourcesData } from '@contracts/commitment.contract';
import { dependencyCalls, type DependenciesView } from '@contracts/dependency.contract';
import { useAction } from '../../../api/use-call';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { Empty } from '../../../ui/Empty';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { fieldErrorsOf } from '../../../ui/field-errors';
import { formatDateTime } from '../../../ui/format';
import { IssueLink } from '../../../ui/IssueLink';
import { Section } from '../../../ui/Section';
import { inline, stack, subtle } from '../../../ui/styles';

interface Props {
  data: DependenciesView;
  onSaved: (data: ResourcesData) => void;
}

/**
 * Dependency analysis before go: the services the initiative affects (chosen from the active
 * catalogue), the other active initiatives affecting the same ones, the issue's Jira links, and the
 * review marked done by a named person (reopened when a service is named later).
 */
export function DependenciesSection({ data, onSaved }: Props) {
  return (
    <>
      <Section title="Affected services">
        <ServicesPicker data={data} onSaved={onSaved} />
      </Section>
      <Section title="Other initiatives on these services">
        {data.overlaps.length === 0 ? (
          <Empty
            header="No overlaps"
            description={
              data.named.length === 0 ? 'Name the affected services first.' : 'No other active initiative names them.'
            }
          />
        ) : (
          <ul aria-label="Overlapping initiatives" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
            {data.overlaps.map((o) => (
              <li key={o.issueId}>
                <IssueLink issueKey={o.issueKey} /> also affects {o.services.join(', ')}
              </li>
            ))}
          </ul>
        )}
        {data.hiddenOverlaps > 0 && (
          <p style={subtle}>
            {data.hiddenOverlaps} more overlapping initiative{data.hiddenOverlaps === 1 ? '' : 's'} you cannot see.
          </p>
        )}
      </Section>
      <Section title="Jira links">
        {data.links.length === 0 ? (
          <Empty header="No linked issues" description="Links made in Jira show here." />
        ) : (
          <ul aria-label="Linked issues" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
            {data.links.map((l) => (
              <li key={l.id}>
                {l.relation} <IssueLink issueKey={l.issueKey} /> {l.summary} <Lozenge>{l.status}</Lozenge>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Dependency review">
        <Review data={data} onSaved={onSaved} />
      </Section>
    </>
  );
}

function ServicesPicker({ data, onSaved }: Props) {
  const named = data.named.map((s) => s.key);
  const [chosen, setChosen] = useState<string[]>(named);
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction(dependencyCalls.nameServices);
  const errors = fieldErrorsOf(action.error);
  const changed = JSON.stringify([...chosen].sort()) !== JSON.stringify([...named].sort());
  if (!data.canEdit)
    return data.named.length === 0 ? (
      <p style={subtle}>No services named yet.</p>
    ) : (
      <p>{data.named.map((s) => s.name).join(', ')}</p>
    );
  const options = [...data.catalogue, ...data.named.filter((s) => s.retired)].map((s) => ({
    value: s.key,
    label: `${s.name}${s.retired ? ' (retired)' : ''}, owner ${s.owner.displayName}`,
  }));
  const save = async () => {
    setStatus(null);
    const result = await action.run({ services: chosen });
    if (result.ok) {
      setStatus('Services saved.');
      onSaved(result.data);
    }
  };
  return (
    <div style={stack('space.100')}>
      {options.length === 0 ? (
        <p style={subtle}>The services catalogue is empty: a CSI admin adds services on the CSI programme page.</p>
      ) : (
        <CheckboxGroup
          legend="Services this initiative affects"
          hint={`At most ${data.max}. Their owners confirm commitments.`}
          options={options}
          value={chosen}
          errors={Object.entries(errors).flatMap(([, m]) => m)}
          onChange={setChosen}
        />
      )}
      <div style={inline('space.100')}>
        <Button appearance="primary" isDisabled={!changed} isLoading={action.pending} onClick={() => void save()}>
          Save services
        </Button>
        {status && <span role="status">{status}</span>}
      </div>
      {action.error && !action.error.fieldErrors && <ErrorMessage error={action.error} />}
    </div>
  );
}

function Review({ data, onSaved }: Props) {
  const action = useAction(dependencyCalls.markReviewed);
  const review = data.review;
  const mark = async () => {
    const result = await action.run({});
    if (result.ok) onSaved(result.data);
  };
  return (
    <div style={stack('space.100')}>
      {review && data.reviewCurrent && (
        <SectionMessage appearance="success" title="Dependency review done">
          <p>
            {review.reviewedBy.displayName} reviewed {review.services.join(', ')} on {formatDateTime(review.reviewedAt)}
            .
          </p>
          {review.note && <p>{review.note}</p>}
        </SectionMessage>
      )}
      {review && !data.reviewCurrent && (
        <SectionMessage appearance="warning" title="Dependency review reopened">
          <p>
            {review.reviewedBy.displayName} reviewed {review.services.join(', ')} on {formatDateTime(review.reviewedAt)}
            ; a service named since then is not covered. Review again before the gate opens.
          </p>
        </SectionMessage>
      )}
      {!review && <p style={subtle}>Not reviewed yet. The gate into delivery needs it done.</p>}
      {data.canEdit && (!review || !data.reviewCurrent) && (
        <div>
          <Button appearance="primary" isLoading={action.pending} onClick={() => void mark()}>
            Mark dependency review done
          </Button>
        </div>
      )}
      {action.error && <ErrorMessage error={action.error} unplaced={Object.entries(action.error.fieldErrors ?? {})} />}
    </div>
  );
}
