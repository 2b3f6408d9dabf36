import { lazy, Suspense, useState, type ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { token } from '@atlaskit/tokens';
import { projectPageCalls, type SavedView } from '@contracts/project-page.contract';
import type { SurfaceProps } from '../../app/surfaces';
import { useCall } from '../../api/use-call';
import { page, stack } from '../../ui/styles';
import type { DecisionLogSource } from '../decision-log/DecisionLog';
import { Loading } from '../../ui/Loading';
import { useDebounced } from '../../ui/use-debounced';
import { Portfolio } from './Portfolio';
import { NO_FILTERS, type PortfolioFilterDraft } from './PortfolioFilters';
import { toFilters } from './portfolio-query';

// Tabs after the first load their code when first opened.
const DecisionLog = lazy(() => import('../decision-log/DecisionLog').then((m) => ({ default: m.DecisionLog })));
const ScoringGrid = lazy(() => import('./ScoringGrid').then((m) => ({ default: m.ScoringGrid })));
const ValueEffortMatrix = lazy(() => import('./ValueEffortMatrix').then((m) => ({ default: m.ValueEffortMatrix })));
const PilotWatch = lazy(() => import('./PilotWatch').then((m) => ({ default: m.PilotWatch })));
const Archive = lazy(() => import('./Archive').then((m) => ({ default: m.Archive })));

const TABS = ['Portfolio', 'Scoring grid', 'Value/effort matrix', 'Pilots', 'Decision log', 'Archive'] as const;

const SOURCE: DecisionLogSource = { list: projectPageCalls.decisionLog, exportLog: projectPageCalls.exportDecisionLog };

const panel = (label: string, children: ReactNode) => (
  <div style={{ paddingBlock: token('space.200'), width: '100%' }}>
    <Suspense fallback={<Loading label={label} />}>{children}</Suspense>
  </div>
);

/** The Jira project page: the ranked portfolio, the scoring grid, the value/effort matrix, the pilots, the decision log and the archive. */
export default function ProjectPage({ context }: SurfaceProps) {
  const project = context.extension.project?.key;
  const [draft, setDraft] = useState<PortfolioFilterDraft>(NO_FILTERS);
  const [sort, setSort] = useState<SavedView['sort']>(null);
  const filters = toFilters(useDebounced(draft, 300));
  const statuses = useCall(projectPageCalls.statuses, {}).data?.statuses ?? [];
  const shared = { draft, filters, statuses, onDraft: setDraft };
  // The archive opens the decision log on one initiative's entries: the log remounts with that
  // search each time (`opened` counts), whatever the reader typed there since.
  const [tab, setTab] = useState(0);
  const [logSearch, setLogSearch] = useState({ text: '', opened: 0 });
  const showDecisions = (text: string) => {
    setLogSearch((s) => ({ text, opened: s.opened + 1 }));
    setTab(TABS.indexOf('Decision log'));
  };
  return (
    <main style={{ ...page, ...stack('space.200') }}>
      <Heading size="large" as="h1">
        {project ? `CSI initiatives in ${project}` : 'CSI initiatives'}
      </Heading>
      <Tabs id="csi-project-page" selected={tab} onChange={setTab}>
        <TabList>
          {TABS.map((name) => (
            <Tab key={name}>{name}</Tab>
          ))}
        </TabList>
        <TabPanel>{panel('Loading the portfolio', <Portfolio {...shared} sort={sort} onSort={setSort} />)}</TabPanel>
        <TabPanel>{panel('Loading the scoring grid', <ScoringGrid filters={filters} />)}</TabPanel>
        <TabPanel>{panel('Loading the matrix', <ValueEffortMatrix {...shared} />)}</TabPanel>
        <TabPanel>{panel('Loading the pilots', <PilotWatch />)}</TabPanel>
        <TabPanel>
          {panel(
            'Loading the decision log',
            <DecisionLog key={logSearch.opened} source={SOURCE} initialSearch={logSearch.text} />,
          )}
        </TabPanel>
        <TabPanel>{panel('Loading the archive', <Archive onShowDecisions={showDecisions} />)}</TabPanel>
      </Tabs>
    </main>
  );
}
