import { lazy, Suspense, type ReactNode } from 'react';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { token } from '@atlaskit/tokens';
import { issuePanelCalls, type PanelData } from '@contracts/issue-panel.contract';
import { useCall } from '../../api/use-call';
import type { SurfaceProps } from '../../app/surfaces';
import { Empty } from '../../ui/Empty';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { Section } from '../../ui/Section';
import { page, stack } from '../../ui/styles';
import { PlanSummary } from './PlanSummary';
import { DecisionList } from './DecisionList';
import { RejectionBanner } from './RejectionBanner';
import { ScoreTab } from './ScoreTab';
import { UpdateList } from './UpdateList';
import { TriggeredBanner } from './stop-criteria/TriggeredBanner';
import { LifecycleBanner } from './lifecycle/LifecycleBanner';

// The forms download when their tab opens, not with the panel's first view (the Score tab).
const RatingForm = lazy(() => import('./RatingForm').then((m) => ({ default: m.RatingForm })));
const PlanForm = lazy(() => import('./PlanForm').then((m) => ({ default: m.PlanForm })));
const UpdateForm = lazy(() => import('./UpdateForm').then((m) => ({ default: m.UpdateForm })));
const DecisionForm = lazy(() => import('./DecisionForm').then((m) => ({ default: m.DecisionForm })));
const RejectForm = lazy(() => import('./RejectForm').then((m) => ({ default: m.RejectForm })));
const ResourcesTab = lazy(() => import('./resources/ResourcesTab'));
const PilotTab = lazy(() => import('./checkpoints/PilotTab'));
const PirTab = lazy(() => import('./pir/PirTab'));
const StopCriteriaSection = lazy(() =>
  import('./stop-criteria/StopCriteriaSection').then((m) => ({ default: m.StopCriteriaSection })),
);

const GET = {};

/** The Jira issue panel: score, rating, plan, decision and progress updates of one initiative. */
export default function IssuePanel(_: SurfaceProps) {
  const panel = useCall(issuePanelCalls.get, GET);
  // An error replaces the panel it concerns (a failed reload does not leave stale tabs beside it).
  if (panel.error)
    return (
      <div style={page}>
        <ErrorMessage error={panel.error} onRetry={panel.reload} />
      </div>
    );
  if (!panel.data) return <Loading label="Loading the CSI panel" />;
  const data = panel.data;
  if (!data.participating) {
    return (
      <div style={page}>
        <Empty
          header="Not part of the CSI programme"
          description={`${data.issue.issueType} issues do not take part in CSI scoring. A CSI admin can enable this issue type on the admin page.`}
        />
      </div>
    );
  }
  return (
    <div style={{ ...page, ...stack('space.200') }}>
      {data.rejection && <RejectionBanner entry={data.rejection} />}
      <TriggeredBanner view={data.stopCriteria} />
      {data.lifecycle && <LifecycleBanner view={data.lifecycle} jiraStatus={data.issue.status} />}
      <PanelTabs data={data} onSaved={panel.setData} />
    </div>
  );
}

function PanelTabs({ data, onSaved }: { data: PanelData; onSaved: (d: PanelData) => void }) {
  const { viewer } = data;
  const tabs: Array<{ label: string; content: ReactNode }> = [
    {
      label: 'Score',
      content: (
        <ScoreTab
          score={data.score}
          history={data.history}
          canRate={viewer.canRate}
          criteria={data.criteria}
          raterRatings={data.raterRatings}
          moreRaters={data.moreRaters}
        />
      ),
    },
    {
      label: viewer.canRate ? 'Rate' : 'Criteria',
      content: <RatingForm shown={data} readOnly={!viewer.canRate} onSaved={onSaved} />,
    },
    {
      label: 'Plan',
      content: viewer.canRate ? <PlanForm plan={data.plan} onSaved={onSaved} /> : <PlanSummary plan={data.plan} />,
    },
    {
      label: `Updates (${data.updates.length})`,
      content: (
        <div style={stack('space.300')}>
          {viewer.canPostUpdate && (
            <Section title="Post an update">
              <UpdateForm onSaved={onSaved} />
            </Section>
          )}
          <Section title="Updates">
            <UpdateList updates={data.updates} />
          </Section>
        </div>
      ),
    },
  ];
  tabs.push({
    // A label that stays the same as commitments are added: tabs are keyed by label, and a new
    // key would remount the tab and load it again right after a write answered it.
    label: 'Resources',
    content: <ResourcesTab onPilot={(pilot) => onSaved({ ...data, pilot })} />,
  });
  tabs.push({
    // A stable label, like Resources: a new key would remount the tab after each write.
    label: 'Pilot',
    content: <PilotTab view={data.pilot.checkpoints} onSaved={onSaved} />,
  });
  if (data.pir) {
    tabs.push({
      // Stable, like Resources; the overdue flag is in the tab's header, not its label.
      label: 'PIR',
      content: <PirTab view={data.pir} onSaved={onSaved} />,
    });
  }
  tabs.push({
    label: `Decisions (${data.decisions.length})`,
    content: (
      <div style={stack('space.300')}>
        {viewer.canDecide && (
          <Section title="Record a decision">
            <DecisionForm paused={data.paused} canReopen={data.lifecycle?.canReopen ?? false} onSaved={onSaved} />
          </Section>
        )}
        <Section title="Latest decisions">
          <DecisionList decisions={data.decisions} />
        </Section>
        {(viewer.canDecide || data.stopCriteria.criteria.length > 0) && (
          <Section title="Pause and terminate criteria">
            <StopCriteriaSection view={data.stopCriteria} onSaved={onSaved} />
          </Section>
        )}
        {viewer.canDecide && !data.rejection && (
          <Section title="Reject initiative">
            <RejectForm onSaved={onSaved} />
          </Section>
        )}
      </div>
    ),
  });
  return (
    <Tabs id="csi-issue-panel">
      <TabList>
        {tabs.map((t) => (
          <Tab key={t.label}>{t.label}</Tab>
        ))}
      </TabList>
      {tabs.map((t) => (
        <TabPanel key={t.label}>
          <div style={{ paddingBlock: token('space.200'), width: '100%' }}>
            <Suspense fallback={<Loading label="Loading the form" />}>{t.content}</Suspense>
          </div>
        </TabPanel>
      ))}
    </Tabs>
  );
}
