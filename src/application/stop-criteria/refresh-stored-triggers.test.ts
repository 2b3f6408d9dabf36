import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import { emptyPilot, type PilotRecord } from '../pilot/pilot-record';
import { ratedInitiative } from '../testing/initiative-builder';
import { MemoryInitiatives } from '../testing/memory-initiatives';
import { MemoryRequests } from '../testing/memory-requests';
import { refreshStoredTriggers } from './refresh-stored-triggers';

/** After a commitment change, the stored "pause if committed hours lapse" trigger follows the pilot. */
const AT = '2026-12-02T10:00:00.000Z';
const commitment = (start: string, end: string) => ({
  id: `c-${start}`,
  initiativeId: '10001',
  personId: 'u-ana',
  personName: 'Ana',
  hoursPerWeek: 8,
  start,
  end,
  requestedBy: 'u-owner',
  requestedAt: '2026-10-01T09:00:00.000Z',
  confirmedBy: 'u-service-owner',
  confirmedAt: '2026-10-02T09:00:00.000Z',
});

function world(stage: 'piloting' | 'paused') {
  const initiatives = new MemoryInitiatives(new MemoryRequests());
  const record = ratedInitiative(1, defaultScoringConfig(), 3, {
    change: {
      lifecycle: { stage, since: '2026-11-01T00:00:00.000Z', latestVerdict: null },
      stopCriteria: [{ id: 'lapse', kind: 'pause-if-commitment-lapsed' }],
    },
  });
  initiatives.put(record);
  const pilot = (commitments: PilotRecord['commitments']): PilotRecord => ({
    ...emptyPilot(record.issueId, record.projectKey),
    commitments,
    revision: 1,
  });
  return { initiatives, id: record.issueId, pilot };
}

test('every confirmed commitment ended: the lapse fires and is stored; a new one covering today clears it', async () => {
  const w = world('piloting');
  await refreshStoredTriggers(w.initiatives, w.pilot([commitment('2026-10-05', '2026-11-27')]), AT);
  expect(w.initiatives.read(w.id)!.triggers).toEqual([
    expect.objectContaining({ id: 'lapse', proposes: 'pause', since: AT, answeredSeq: null }),
  ]);
  await refreshStoredTriggers(
    w.initiatives,
    w.pilot([commitment('2026-10-05', '2026-11-27'), commitment('2026-12-01', '2027-01-29')]),
    AT,
  );
  expect(w.initiatives.read(w.id)!.triggers).toEqual([]);
});

test('nothing changes, nothing is written; a paused initiative is not watched', async () => {
  const w = world('piloting');
  const writes = w.initiatives.writes;
  await refreshStoredTriggers(w.initiatives, w.pilot([commitment('2026-12-01', '2027-01-29')]), AT);
  expect(w.initiatives.writes).toBe(writes);
  const paused = world('paused');
  await refreshStoredTriggers(paused.initiatives, paused.pilot([commitment('2026-10-05', '2026-11-27')]), AT);
  expect(paused.initiatives.read(paused.id)!.triggers).toEqual([]);
});
