import { latestVerdict } from './latest-verdict';

const decision = (verdict: 'go' | 'no-go' | 'hold', decidedAt: string, override = false, confirmedBy?: string) => ({
  verdict,
  decidedAt,
  override,
  ...(confirmedBy === undefined ? {} : { confirmedBy }),
});

describe('latestVerdict', () => {
  it.each([
    ['no decision', [], null],
    ['one go', [decision('go', '2026-01-05T09:00:00Z')], 'go'],
    [
      'the later of two, whatever the order',
      [decision('no-go', '2026-02-01T09:00:00Z'), decision('go', '2026-01-05T09:00:00Z')],
      'no-go',
    ],
    [
      'not an override waiting for confirmation',
      [decision('no-go', '2026-01-05T09:00:00Z'), decision('go', '2026-02-01T09:00:00Z', true)],
      'no-go',
    ],
    [
      'a confirmed override',
      [decision('no-go', '2026-01-05T09:00:00Z'), decision('go', '2026-02-01T09:00:00Z', true, 'admin-2')],
      'go',
    ],
    [
      'the later of two at the same instant',
      [decision('go', '2026-01-05T09:00:00Z'), decision('hold', '2026-01-05T09:00:00Z')],
      'hold',
    ],
  ] as const)('takes %s', (_label, decisions, expected) => {
    expect(latestVerdict(decisions)).toBe(expected);
  });
});
