import { lazy, Suspense } from 'react';
import Heading from '@atlaskit/heading';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { token } from '@atlaskit/tokens';
import { projectPageCalls } from '@contracts/project-page.contract';
import type { SurfaceProps } from '../../app/surfaces';
import { page, stack } from '../../ui/styles';
import type { DecisionLogSource } from '../decision-log/DecisionLog';
import { Loading } from '../../ui/Loading';
import { Portfolio } from './Portfolio';

// The decision log is a second tab: its code loads when the tab is first opened.
const DecisionLog = lazy(() => import('../decision-log/DecisionLog').then((m) => ({ default: m.DecisionLog })));

const SOURCE: DecisionLogSource = { list: projectPageCalls.decisionLog, exportLog: projectPageCalls.exportDecisionLog };

/** The Jira project page: the ranked portfolio and the project's decision log. */
export default function ProjectPage({ context }: SurfaceProps) {
  const project = context.extension.project?.key;
  return (
    <main style={{ ...page, ...stack('space.200') }}>
      <Heading size="large" as="h1">
        {project ? `CSI initiatives in ${project}` : 'CSI initiatives'}
      </Heading>
      <Tabs id="csi-project-page">
        <TabList>
          <Tab>Portfolio</Tab>
          <Tab>Decision log</Tab>
        </TabList>
        <TabPanel>
          <div style={{ paddingBlock: token('space.200'), width: '100%' }}>
            <Portfolio />
          </div>
        </TabPanel>
        <TabPanel>
          <div style={{ paddingBlock: token('space.200'), width: '100%' }}>
            <Suspense fallback={<Loading label="Loading the decision log" />}>
              <DecisionLog source={SOURCE} />
            </Suspense>
          </div>
        </TabPanel>
      </Tabs>
    </main>
  );
}
