import { footprintOf } from './commitment-footprint';
import type { CommitmentRecord } from './commitment-record';
import { emptyPilot } from './pilot-record';

const commitment = (id: string, personId: string, more: Partial<CommitmentRecord> = {}): CommitmentRecord => ({
  id,
  initiativeId: '10006',
  personId,
  personName: personId,
  hoursPerWeek: 8,
  start: '2026-12-07',
  end: '2027-01-29',
  requestedBy: 'u-editor',
  requestedAt: '2026-12-02T10:00:00Z',
  ...more,
});

describe('footprintOf', () => {
  it('has one row per person with their commitments and one per service', () => {
    const pilot = {
      ...emptyPilot('10006', 'CSI'),
      services: ['service-desk', 'vpn'],
      commitments: [
        commitment('c1', 'u-viewer'),
        commitment('c2', 'u-outsider', { hoursPerWeek: 4 }),
        commitment('c3', 'u-viewer', { confirmedBy: 'u-csi-admin', hoursPerWeek: 2 }),
      ],
    };
    const rows = footprintOf(pilot, 'CSI-6');
    expect([...rows.keys()].sort()).toEqual([
      'person:u-outsider',
      'person:u-viewer',
      'service:service-desk',
      'service:vpn',
    ]);
    expect(rows.get('person:u-viewer')).toEqual({
      issueKey: 'CSI-6',
      commitments: [
        { id: 'c1', hoursPerWeek: 8, start: '2026-12-07', end: '2027-01-29', confirmed: false },
        { id: 'c3', hoursPerWeek: 2, start: '2026-12-07', end: '2027-01-29', confirmed: true },
      ],
    });
    expect(rows.get('service:vpn')).toEqual({ issueKey: 'CSI-6' });
  });

  it('is empty for an empty pilot', () => {
    expect(footprintOf(emptyPilot('1', 'CSI'), 'CSI-1').size).toBe(0);
  });
});
