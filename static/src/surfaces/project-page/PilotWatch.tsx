import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { pilotWatchCalls, type PilotWatch as Watch, type PilotWatchFilter } from '@contracts/pilot-watch.contract';
import { useCall } from '../../api/use-call';
import { Empty } from '../../ui/Empty';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { IssueLink } from '../../ui/IssueLink';
import { Loading } from '../../ui/Loading';
import { PlainTable } from '../../ui/PlainTable';
import { Section } from '../../ui/Section';
import { formatDate } from '../../ui/format';
import { stack, subtle } from '../../ui/styles';
import { CheckpointTimeline } from './CheckpointTimeline';

const GET = {};

const FILTERS: ReadonlyArray<{ value: PilotWatchFilter; label: string; count: (w: Watch) => number }> = [
  {
    value: 'all',
    label: 'All',
    count: (w) => w.checkpoints.length + w.triggered.length + w.overCommitted.length,
  },
  { value: 'due-this-week', label: 'Due this week', count: (w) => w.checkpoints.filter((c) => c.dueThisWeek).length },
  { value: 'overdue', label: 'Overdue', count: (w) => w.checkpoints.filter((c) => c.overdue).length },
  { value: 'triggered', label: 'Stop criteria fired', count: (w) => w.triggered.length },
  { value: 'over-committed', label: 'Over-committed people', count: (w) => w.overCommitted.length },
];

/**
 * The project's pilots at a glance (issue 10 item 7): a timeline of the open checkpoints over the
 * next four weeks (overdue ones at the left edge), and the lists behind it, filtered by what needs
 * attention: checkpoints due this week or overdue, stop criteria that fired, over-committed people.
 */
export function PilotWatch() {
  const watch = useCall(pilotWatchCalls.get, GET);
  const [filter, setFilter] = useState<PilotWatchFilter>('all');
  if (watch.error) return <ErrorMessage error={watch.error} onRetry={watch.reload} />;
  if (!watch.data) return <Loading label="Loading the pilots" />;
  const w = watch.data;
  const show = (list: PilotWatchFilter[]) => filter === 'all' || list.includes(filter);
  const checkpoints = w.checkpoints.filter((c) =>
    filter === 'due-this-week' ? c.dueThisWeek : filter === 'overdue' ? c.overdue : true,
  );
  if (FILTERS[0]!.count(w) === 0) {
    return (
      <Empty
        header="Nothing needs attention"
        description={`No open checkpoint is due in the next ${w.horizonDays} days or overdue, no stop criterion fired and nobody is over-committed.`}
      />
    );
  }
  return (
    <div style={stack('space.300')}>
      <div role="group" aria-label="Show" style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
        {FILTERS.map((f) => (
          <Button
            key={f.value}
            appearance={filter === f.value ? 'primary' : 'default'}
            aria-pressed={filter === f.value}
            onClick={() => setFilter(f.value)}
          >
            {`${f.label} (${f.count(w)})`}
          </Button>
        ))}
      </div>
      {w.truncated && <p style={subtle}>Lists are cut at their first 25 entries; open a pilot to see all of it.</p>}
      {show(['due-this-week', 'overdue']) && <CheckpointsSection watch={w} checkpoints={checkpoints} />}
      {show(['triggered']) && <TriggeredSection triggered={w.triggered} />}
      {show(['over-committed']) && <OverCommittedSection people={w.overCommitted} />}
    </div>
  );
}

function CheckpointsSection({ watch: w, checkpoints }: { watch: Watch; checkpoints: Watch['checkpoints'] }) {
  return (
    <Section title="Open checkpoints">
      <CheckpointTimeline today={w.today} horizonDays={w.horizonDays} checkpoints={checkpoints} />
      <PlainTable
        caption="Open checkpoints, soonest first"
        head={{
          cells: [
            { key: 'issue', content: 'Initiative', width: 40 },
            { key: 'checkpoint', content: 'Checkpoint', width: 30 },
            { key: 'due', content: 'Due', width: 30 },
          ],
        }}
        rows={checkpoints.map((c) => ({
          key: `${c.issueKey}-${c.checkpoint}-${c.dueDate}`,
          cells: [
            {
              key: 'issue',
              content: (
                <>
                  <IssueLink issueKey={c.issueKey} /> {c.summary}
                </>
              ),
            },
            { key: 'checkpoint', content: c.checkpoint },
            {
              key: 'due',
              content: (
                <>
                  {formatDate(`${c.dueDate}T00:00:00Z`)} {c.overdue && <Lozenge appearance="removed">Overdue</Lozenge>}
                  {c.dueThisWeek && <Lozenge appearance="moved">This week</Lozenge>}
                </>
              ),
            },
          ],
        }))}
        emptyView={<p style={subtle}>No checkpoint matches.</p>}
      />
    </Section>
  );
}

function TriggeredSection({ triggered }: { triggered: Watch['triggered'] }) {
  return (
    <Section title="Stop criteria that fired">
      {triggered.length === 0 ? (
        <p style={subtle}>No pause or terminate criterion waits for a decision.</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: token('space.300'), ...stack('space.100') }}>
          {triggered.map((t) => (
            <li key={`${t.issueKey}-${t.message}`}>
              <IssueLink issueKey={t.issueKey} /> {t.summary}:{' '}
              <Lozenge appearance={t.proposes === 'terminate' ? 'removed' : 'moved'}>
                {t.proposes === 'terminate' ? 'Terminate?' : 'Pause?'}
              </Lozenge>{' '}
              {t.message} <span style={subtle}>(since {formatDate(t.since)})</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function OverCommittedSection({ people }: { people: Watch['overCommitted'] }) {
  return (
    <Section title="Over-committed people">
      {people.length === 0 ? (
        <p style={subtle}>Nobody is committed beyond a working week.</p>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: token('space.300'), ...stack('space.100') }}>
          {people.map((p) => (
            <li key={p.person.accountId}>
              <strong>{p.person.displayName}</strong>: {p.hoursPerWeek} hours a week at the peak, on{' '}
              {p.initiatives.map((key, i) => (
                <span key={key}>
                  {i > 0 && ', '}
                  <IssueLink issueKey={key} />
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
