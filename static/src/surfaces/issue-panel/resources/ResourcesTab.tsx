import { resourcesCalls, type ResourcesData } from '@contracts/commitment.contract';
import type { PilotView } from '@contracts/pilot-view';
import { useCall } from '../../../api/use-call';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { Section } from '../../../ui/Section';
import { stack } from '../../../ui/styles';
import { CommitmentTable } from './CommitmentTable';
import { DependenciesSection } from './DependenciesSection';
import { EarlierLessons } from './EarlierLessons';
import { LoadChart } from './LoadChart';
import { RequestForm } from './RequestForm';

const GET = {};

/**
 * The Resources tab (issue 10 items 3 and 5): commitments with their states, the people's loads
 * across initiatives, the services affected, overlapping initiatives, Jira links and the dependency
 * review. Loaded when the tab opens (its own call), so the panel's first view costs nothing more.
 */
export function ResourcesTab({ onPilot }: { onPilot: (pilot: PilotView) => void }) {
  const resources = useCall(resourcesCalls.get, GET);
  if (resources.error) return <ErrorMessage error={resources.error} onRetry={resources.reload} />;
  if (!resources.data) return <Loading label="Loading commitments and dependencies" />;
  const data = resources.data;
  const saved = (next: ResourcesData) => {
    resources.setData(next);
    onPilot(next.pilot);
  };
  return (
    <div style={stack('space.300')}>
      <Section title="Resource commitments">
        <CommitmentTable data={data} onSaved={saved} />
      </Section>
      <Section title="Load per person">
        <LoadChart loads={data.loads} thresholdHours={data.thresholdHours} />
      </Section>
      {data.canRequest && (
        <Section title="Request a commitment">
          <RequestForm today={data.today} full={data.commitments.length >= data.max} onSaved={saved} />
        </Section>
      )}
      <DependenciesSection data={data.dependencies} onSaved={saved} />
      <EarlierLessons services={data.dependencies.named.map((s) => s.key)} />
    </div>
  );
}

export default ResourcesTab;
