import type { CheckpointDecisionDraft } from './checkpoint-decision';
import { confirmOverride } from './confirm-override';
import { validateCheckpointDecision } from './validate-checkpoint-decision';

const AT = '2026-12-02T10:00:00.000Z';
const draft: CheckpointDecisionDraft = {
  checkpointId: 'cp-1',
  verdict: 'go',
  rationale: 'MTTR fell 20 %',
  deciderId: 'cab-1',
};

describe('validateCheckpointDecision', () => {
  it.each([
    ['go', 'go', false],
    ['go', 'hold', true],
    ['no-go', 'go', true],
    ['hold', 'hold', false],
  ] as const)('marks %s against a recommended %s as override: %p', (verdict, recommended, override) => {
    expect(validateCheckpointDecision({ ...draft, verdict }, recommended, AT)).toEqual({
      ok: true,
      value: { ...draft, verdict, recommended, override, decidedAt: AT },
    });
  });

  it.each<[string, Partial<CheckpointDecisionDraft>, string, RegExp]>([
    ['no rationale', { rationale: '' }, 'rationale', /^Give a rationale: Required/],
    ['an invisible rationale', { rationale: '\u200B\u2060' }, 'rationale', /visible text/],
    ['a missing rationale', { rationale: undefined }, 'rationale', /Required/],
    ['a rationale too long', { rationale: 'x'.repeat(4001) }, 'rationale', /at most 4000/],
    ['an unknown verdict', { verdict: 'maybe' as 'go' }, 'verdict', /go, no-go or hold/],
    ['no decider', { deciderId: '' }, 'deciderId', /Required/],
    ['no checkpoint', { checkpointId: ' ' }, 'checkpointId', /Required/],
  ])('refuses %s', (_label, change, path, message) => {
    const result = validateCheckpointDecision({ ...draft, ...change }, 'go', AT);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.error.fieldErrors ?? {})).toEqual([path]);
      expect(result.error.fieldErrors?.[path]?.[0]).toMatch(message);
    }
  });
});

describe('confirmOverride', () => {
  const override = { ...draft, recommended: 'hold' as const, override: true, decidedAt: AT };
  const LATER = '2026-12-02T11:00:00.000Z';

  it('is confirmed by a second CSI admin', () => {
    expect(confirmOverride(override, { accountId: 'admin-2', isCsiAdmin: true }, LATER)).toEqual({
      ok: true,
      value: { ...override, confirmedBy: 'admin-2', confirmedAt: LATER },
    });
  });

  it.each([
    [
      'its own decider',
      override,
      { accountId: 'cab-1', isCsiAdmin: true },
      'The decider cannot confirm their own override: another CSI admin must',
    ],
    [
      'someone who is not a CSI admin',
      override,
      { accountId: 'cab-2', isCsiAdmin: false },
      'Only a CSI admin can confirm an override',
    ],
    [
      'anyone, twice',
      { ...override, confirmedBy: 'admin-2', confirmedAt: LATER },
      { accountId: 'admin-3', isCsiAdmin: true },
      'This override is already confirmed',
    ],
    [
      'anyone, when it follows the recommendation',
      { ...override, recommended: 'go' as const, override: false },
      { accountId: 'admin-2', isCsiAdmin: true },
      'This decision follows the recommendation: it needs no confirmation',
    ],
  ])('is not confirmed by %s', (_label, decision, confirmer, message) => {
    expect(confirmOverride(decision, confirmer, LATER)).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'The override cannot be confirmed',
        fieldErrors: { confirmedBy: [message] },
      },
    });
  });
});
