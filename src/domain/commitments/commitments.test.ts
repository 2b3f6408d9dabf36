import type { Commitment } from './commitment';
import { commitmentState } from './commitment-state';
import { confirmCommitment } from './confirm-commitment';
import { personLoads } from './person-loads';
import { validateCommitment } from './validate-commitment';

const request: Commitment = {
  id: 'c1',
  initiativeId: '10001',
  personId: 'acc-ana',
  hoursPerWeek: 8,
  start: '2026-12-07',
  end: '2027-01-29',
  requestedBy: 'acc-owner',
  requestedAt: '2026-12-02T10:00:00Z',
};
const NOW = '2026-12-02T12:00:00Z';

describe('validateCommitment', () => {
  it('accepts a complete request unchanged', () => {
    expect(validateCommitment(request)).toEqual({ ok: true, value: request });
  });

  it.each<[string, Partial<Commitment>, string, RegExp]>([
    ['0 hours', { hoursPerWeek: 0 }, 'hoursPerWeek', /not 0/],
    ['negative hours', { hoursPerWeek: -4 }, 'hoursPerWeek', /from 0 to 168/],
    ['more hours than a week has', { hoursPerWeek: 169 }, 'hoursPerWeek', /from 0 to 168/],
    ['NaN hours', { hoursPerWeek: Number.NaN }, 'hoursPerWeek', /from 0 to 168/],
    ['hours as text', { hoursPerWeek: '8' as unknown as number }, 'hoursPerWeek', /from 0 to 168/],
    ['an end before the start', { start: '2026-12-07', end: '2026-12-01' }, 'end', /end after it starts/],
    ['an end on the start', { start: '2026-12-07', end: '2026-12-07' }, 'end', /end after it starts/],
    ['an impossible start', { start: '2026-11-31' }, 'start', /real date/],
    ['no person', { personId: '' }, 'personId', /Choose a person/],
    ['a requester that is no account id', { requestedBy: 'a b' }, 'requestedBy', /account id/],
    ['a confirmation on a new request', { confirmedBy: 'acc-lead' }, 'confirmedBy', /confirmed later/],
  ])('refuses %s', (_label, change, path, message) => {
    const result = validateCommitment({ ...request, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.error.fieldErrors ?? {})).toEqual([path]);
      expect(result.error.fieldErrors?.[path]?.[0]).toMatch(message);
    }
  });
});

describe('commitmentState', () => {
  it.each([
    [{}, '2026-12-02', 'requested'],
    [{ confirmedBy: 'acc-lead' }, '2026-12-02', 'confirmed'],
    [{ confirmedBy: 'acc-lead' }, '2027-01-29', 'confirmed'],
    [{ confirmedBy: 'acc-lead' }, '2027-01-30', 'expired'],
    [{}, '2027-02-01', 'expired'],
  ] as const)('%j on %s is %s', (change, today, state) => {
    expect(commitmentState({ ...request, ...change }, today)).toBe(state);
  });
});

describe('confirmCommitment', () => {
  it('is confirmed by the service owner, with who and when', () => {
    expect(confirmCommitment(request, 'acc-lead', 'acc-lead', NOW)).toEqual({
      ok: true,
      value: { ...request, confirmedBy: 'acc-lead', confirmedAt: NOW },
    });
  });

  it.each<[string, Partial<Commitment>, string, string | null, string]>([
    [
      'by someone else than the service owner',
      {},
      'acc-bob',
      'acc-lead',
      "Only the owning service's owner can confirm it",
    ],
    [
      'by the requester who owns the service',
      { requestedBy: 'acc-lead' },
      'acc-lead',
      'acc-lead',
      'Nobody confirms their own request: the service owner must be someone other than the requester',
    ],
    ['by the person committed', { personId: 'acc-lead' }, 'acc-lead', 'acc-lead', 'Nobody confirms their own hours'],
    [
      'twice',
      { confirmedBy: 'acc-lead', confirmedAt: NOW },
      'acc-lead',
      'acc-lead',
      'This commitment is confirmed: only a requested one can be confirmed',
    ],
    [
      'after it ended',
      { end: '2026-12-01', start: '2026-11-01' },
      'acc-lead',
      'acc-lead',
      'This commitment is expired: only a requested one can be confirmed',
    ],
    [
      'for a service without owner',
      {},
      'acc-lead',
      null,
      'The service has no owner: a CSI admin must name one in the services list first',
    ],
  ])('is refused %s', (_label, change, confirmer, owner, message) => {
    expect(confirmCommitment({ ...request, ...change }, confirmer, owner, NOW)).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'The commitment cannot be confirmed',
        fieldErrors: { confirmedBy: [message] },
      },
    });
  });
});

describe('personLoads', () => {
  const c = (personId: string, hoursPerWeek: number, start: string, end: string, more: Partial<Commitment> = {}) => ({
    ...request,
    personId,
    hoursPerWeek,
    start,
    end,
    ...more,
  });
  const TODAY = '2026-12-02';

  it.each([
    [
      'overlapping periods add up',
      [c('ana', 30, '2026-12-01', '2026-12-31'), c('ana', 20, '2026-12-15', '2027-01-31')],
      50,
      '2026-12-15',
      true,
    ],
    [
      'periods that follow each other do not',
      [c('ana', 30, '2026-12-01', '2026-12-14'), c('ana', 30, '2026-12-15', '2027-01-31')],
      30,
      '2026-12-02',
      false,
    ],
    [
      'a shared last day counts twice',
      [c('ana', 25, '2026-12-01', '2026-12-15'), c('ana', 25, '2026-12-15', '2027-01-31')],
      50,
      '2026-12-15',
      true,
    ],
    [
      'exactly the threshold is not over',
      [c('ana', 20, '2026-12-01', '2026-12-31'), c('ana', 20, '2026-12-01', '2026-12-31')],
      40,
      '2026-12-02',
      false,
    ],
    [
      'expired commitments are left out',
      [c('ana', 40, '2026-11-01', '2026-12-01'), c('ana', 10, '2026-12-01', '2026-12-31')],
      10,
      '2026-12-02',
      false,
    ],
    ['future periods count', [c('ana', 45, '2027-03-01', '2027-03-31')], 45, '2027-03-01', true],
    [
      'fractions do not drift',
      [c('ana', 0.1, '2026-12-01', '2026-12-31'), c('ana', 0.2, '2026-12-01', '2026-12-31')],
      0.3,
      '2026-12-02',
      false,
    ],
  ])('%s', (_label, commitments, peakHours, peakOn, overCommitted) => {
    expect(personLoads(commitments, TODAY, 40)).toEqual([
      expect.objectContaining({ personId: 'ana', peakHours, peakOn, overCommitted }),
    ]);
  });

  it('reports confirmed hours apart, each person once, highest load first', () => {
    const loads = personLoads(
      [
        c('bob', 10, '2026-12-01', '2026-12-31', { initiativeId: '2' }),
        c('ana', 30, '2026-12-01', '2026-12-31', { initiativeId: '1', confirmedBy: 'lead' }),
        c('ana', 20, '2026-12-01', '2026-12-31', { initiativeId: '3' }),
      ],
      TODAY,
      40,
    );
    expect(loads.map((l) => [l.personId, l.peakHours, l.confirmedPeakHours, l.overCommitted, l.initiativeIds])).toEqual(
      [
        ['ana', 50, 30, true, ['1', '3']],
        ['bob', 10, 0, false, ['2']],
      ],
    );
  });

  it('is empty without commitments', () => {
    expect(personLoads([], TODAY, 40)).toEqual([]);
  });
});
