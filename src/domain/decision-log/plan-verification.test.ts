import { GENESIS_HASH } from './decision-entry';
import { planVerification, type LastVerification } from './plan-verification';

const checkpoint = { seq: 90, hash: 'a'.repeat(64) };
const last = (over: Partial<LastVerification> = {}): LastVerification => ({
  status: 'verified',
  checkpoint,
  fullAt: '2026-06-01T00:20:00.000Z',
  ...over,
});

describe('planVerification', () => {
  it('resumes after the checkpoint of a verified run from earlier the same UTC day', () => {
    expect(planVerification(last(), '2026-06-01T05:20:00.000Z')).toEqual({ mode: 'incremental', from: checkpoint });
  });

  it('resumes an empty log from genesis', () => {
    const empty = { seq: 0, hash: GENESIS_HASH };
    expect(planVerification(last({ status: 'empty', checkpoint: empty }), '2026-06-01T09:00:00.000Z')).toEqual({
      mode: 'incremental',
      from: empty,
    });
  });

  it.each<[string, LastVerification | undefined, string, string]>([
    ['no usable record', undefined, '2026-06-01T05:20:00.000Z', 'no-record'],
    ['a broken chain', last({ status: 'broken' }), '2026-06-01T05:20:00.000Z', 'not-verified'],
    [
      'the first run of a new UTC day',
      last({ fullAt: '2026-05-31T23:20:00.000Z' }),
      '2026-06-01T01:20:00.000Z',
      'daily',
    ],
    ['any run in the 00:00 UTC hour, whatever the record says', last(), '2026-06-01T00:40:00.000Z', 'daily'],
    [
      'a full run dated in the future (a tampered record)',
      last({ fullAt: '2026-06-02T00:00:00.000Z' }),
      '2026-06-01T05:20:00.000Z',
      'daily',
    ],
    ['an unreadable date', last({ fullAt: 'yesterday' }), '2026-06-01T05:20:00.000Z', 'daily'],
    ['an unreadable clock', last(), 'now', 'daily'],
  ])('walks the whole chain for %s', (_label, record, now, why) => {
    expect(planVerification(record, now)).toEqual({ mode: 'full', why });
  });
});
