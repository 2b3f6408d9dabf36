import { emptyPilot, type PilotRecord } from '../pilot/pilot-record';
import { OVERCOMMITTED_ABOVE_HOURS } from '../pilot/commitment-resources.use-case';
import type { StopTrigger } from '../stop-criteria/stop-criteria-record';
import { issueFacts } from '../testing/memory-issues';
import { memoryPilotWatch } from '../testing/memory-pilot-watch';
import { panelWorld } from '../testing/panel-world';
import { pilotWatch, PILOT_WATCH_LIMITS } from './pilot-watch.use-case';

const TODAY = '2026-12-02';
const day = (offset: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const ANA = { accountId: 'u-ana', displayName: 'Ana Ortiz' };

/** A checkpoint due `offset` days from today, undecided unless `decided`. */
function checkpoint(name: string, offset: number, decided = false): PilotRecord['checkpoints'][number] {
  const decision = {
    checkpointId: name,
    verdict: 'go' as const,
    rationale: 'done',
    deciderId: 'u-csi-admin',
    recommended: 'go' as const,
    override: false,
    decidedAt: `${TODAY}T00:00:00.000Z`,
    seq: 1,
  };
  return {
    id: name,
    name,
    dueDate: day(offset),
    criteria: [],
    rollbackProcedure: 'Revert',
    decision: decided ? decision : null,
  };
}

/** Ana committed to issue n for `hours` a week over the next two weeks. */
function commitment(n: number, hours: number): PilotRecord['commitments'][number] {
  const initiativeId = issueFacts(n).id;
  return {
    id: `c-${n}`,
    initiativeId,
    personId: ANA.accountId,
    personName: ANA.displayName,
    hoursPerWeek: hours,
    start: day(-3),
    end: day(14),
    requestedBy: 'u-csi-admin',
    requestedAt: `${TODAY}T00:00:00.000Z`,
  };
}

/** Issues 1..count with initiatives, each with the pilot `pilotOf(n)` gives (none when undefined). */
function world(count: number, pilotOf: (n: number) => Partial<PilotRecord> | undefined, hidden: string[] = []) {
  const w = panelWorld();
  for (let n = 1; n <= count; n += 1) {
    w.seed(n);
    const pilot = pilotOf(n);
    if (pilot) w.pilots.put({ ...emptyPilot(issueFacts(n).id, 'CSI'), revision: 1, ...pilot });
  }
  const ports = memoryPilotWatch(w, { today: TODAY, hidden, users: [ANA] });
  return { w, ports };
}

describe('pilotWatch', () => {
  it(`lists undecided checkpoints overdue or due within ${PILOT_WATCH_LIMITS.horizonDays} days, soonest first, flagging overdue and this week`, async () => {
    const { ports } = world(3, (n) =>
      n === 1
        ? {
            checkpoints: [
              checkpoint('late', -2),
              checkpoint('decided', 1, true),
              checkpoint('far', PILOT_WATCH_LIMITS.horizonDays + 5),
            ],
          }
        : n === 2
          ? { checkpoints: [checkpoint('soon', 3), checkpoint('edge', PILOT_WATCH_LIMITS.horizonDays)] }
          : undefined,
    );
    const watch = await pilotWatch(ports, 'CSI');
    expect(watch.checkpoints.map((c) => [c.issueKey, c.checkpoint, c.overdue, c.dueThisWeek])).toEqual([
      ['CSI-1', 'late', true, false],
      ['CSI-2', 'soon', false, true],
      ['CSI-2', 'edge', false, false],
    ]);
    expect(watch.truncated).toBe(false);
  });

  it('shows nothing of an initiative the reader may not browse', async () => {
    const trigger: StopTrigger = {
      id: 't1',
      kind: 'pause-if-score-below',
      proposes: 'pause',
      message: 'Score below 40',
      since: TODAY,
      answeredSeq: null,
    };
    const { w, ports } = world(2, () => ({ checkpoints: [checkpoint('soon', 1)] }), [issueFacts(2).id]);
    for (const n of [1, 2]) w.initiatives.put({ ...w.initiatives.read(issueFacts(n).id)!, triggers: [trigger] });
    const watch = await pilotWatch(ports, 'CSI');
    expect(watch.checkpoints.map((c) => c.issueKey)).toEqual(['CSI-1']);
    expect(watch.triggered.map((t) => t.issueKey)).toEqual(['CSI-1']);
  });

  it('lists fired stop criteria still waiting for a decision, not answered ones', async () => {
    const open: StopTrigger = {
      id: 't1',
      kind: 'pause-if-score-below',
      proposes: 'pause',
      message: 'Score below 40',
      since: TODAY,
      answeredSeq: null,
    };
    const { w, ports } = world(1, () => undefined);
    w.initiatives.put({
      ...w.initiatives.read(issueFacts(1).id)!,
      triggers: [open, { ...open, id: 't2', answeredSeq: 7 }],
    });
    const watch = await pilotWatch(ports, 'CSI');
    expect(watch.triggered).toEqual([
      { issueKey: 'CSI-1', summary: expect.any(String), proposes: 'pause', message: 'Score below 40', since: TODAY },
    ]);
  });

  it(`names a person committed above ${OVERCOMMITTED_ABOVE_HOURS} h a week across active initiatives, with the ones the reader may browse`, async () => {
    const half = OVERCOMMITTED_ABOVE_HOURS / 2 + 5;
    const { ports } = world(3, (n) => (n <= 2 ? { commitments: [commitment(n, half)] } : undefined), [
      issueFacts(2).id,
    ]);
    const watch = await pilotWatch(ports, 'CSI');
    expect(watch.overCommitted).toEqual([{ person: ANA, hoursPerWeek: 2 * half, initiatives: ['CSI-1'] }]);
  });

  it('does not name an over-committed person whose initiatives the reader may browse none of', async () => {
    const half = OVERCOMMITTED_ABOVE_HOURS / 2 + 5;
    const { ports } = world(2, (n) => ({ commitments: [commitment(n, half)] }), [issueFacts(1).id, issueFacts(2).id]);
    expect((await pilotWatch(ports, 'CSI')).overCommitted).toEqual([]);
  });

  it('does not name a person within the limit, nor count a done initiative’s commitment', async () => {
    const half = OVERCOMMITTED_ABOVE_HOURS / 2 + 5;
    const within = world(2, (n) => ({
      commitments: [commitment(n, n === 1 ? half : OVERCOMMITTED_ABOVE_HOURS - half)],
    }));
    expect((await pilotWatch(within.ports, 'CSI')).overCommitted).toEqual([]);
    const done = world(2, (n) => ({ commitments: [commitment(n, half)] }));
    done.w.initiatives.put({ ...done.w.initiatives.read(issueFacts(2).id)!, statusCategory: 'done' });
    expect((await pilotWatch(done.ports, 'CSI')).overCommitted).toEqual([]);
  });

  it('says when a bound cut the list', async () => {
    const { ports } = world(PILOT_WATCH_LIMITS.pilots + 1, () => ({ checkpoints: [checkpoint('soon', 1)] }));
    const watch = await pilotWatch(ports, 'CSI');
    expect(watch.truncated).toBe(true);
    expect(watch.checkpoints).toHaveLength(PILOT_WATCH_LIMITS.pilots);
  });
});
