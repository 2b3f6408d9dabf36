import { buildDraft } from '../testing/build-decision-log';
import type { ChainHead, DecisionDraft } from './decision-entry';
import { validateDecisionDraft } from './validate-decision-draft';

const head = { seq: 5, hash: 'a'.repeat(64) };
const rejection = buildDraft(4);
const fieldErrorsOf = (draft: unknown, h: ChainHead | null = head) => {
  const result = validateDecisionDraft(draft as DecisionDraft, h);
  return result.ok ? {} : (result.error.fieldErrors ?? {});
};

describe('validateDecisionDraft', () => {
  it.each([1, 2, 3, 4])('accepts the builder draft %p', (n) => {
    expect(validateDecisionDraft(buildDraft(n), head)).toEqual({ ok: true, value: buildDraft(n) });
  });

  it.each<[string, unknown, string]>([
    ['a blank summary', { ...rejection, summary: '  ' }, 'summary'],
    ['a blank rationale', { ...rejection, rationale: '' }, 'rationale'],
    [
      'a rationale of zero-width spaces and bidi controls',
      { ...rejection, rationale: '\u200b\u200e\u2066' },
      'rationale',
    ],
    ['a summary of a byte-order mark', { ...rejection, summary: '\ufeff' }, 'summary'],
    ['an overlong rationale', { ...rejection, rationale: 'x'.repeat(4001) }, 'rationale'],
    ['a blank option', { ...rejection, optionsConsidered: ['Merge', ' '] }, 'optionsConsidered.1'],
    ['21 options', { ...rejection, optionsConsidered: Array(21).fill('option') }, 'optionsConsidered'],
    ['a blank revisit condition', { ...rejection, revisitIf: ' ' }, 'revisitIf'],
    ['a NaN score', { ...rejection, scoresAtTime: { score: Number.NaN } }, 'scoresAtTime.score'],
    [
      'a missing issue key',
      { ...rejection, subject: { issueKey: '', issueId: '1', projectKey: 'CSI' } },
      'subject.issueKey',
    ],
    ['no subject on an issue decision', { ...rejection, subject: null }, 'subject'],
    ['an unknown reason', { ...rejection, payload: { reasonCategory: 'bored' as never } }, 'payload.reasonCategory'],
    [
      'an override flag that disagrees with the verdict',
      {
        ...buildDraft(1),
        type: 'checkpoint-decision',
        payload: { checkpointId: 'c', checkpointName: 'Gate', verdict: 'no-go', recommended: 'go', override: false },
      },
      'payload.override',
    ],
    [
      'a correction of a future entry',
      { ...rejection, type: 'correction', payload: { correctsSeq: 6 } },
      'payload.correctsSeq',
    ],
    ['a correction of seq 0', { ...rejection, type: 'correction', payload: { correctsSeq: 0 } }, 'payload.correctsSeq'],
    ['a resume of a future pause', { ...rejection, type: 'resume', payload: { pausedSeq: 9 } }, 'payload.pausedSeq'],
    [
      'a config change that goes backwards',
      { ...buildDraft(2), type: 'scoring-config-changed', payload: { fromVersion: 3, toVersion: 2, changes: ['x'] } },
      'payload.fromVersion',
    ],
    [
      'a PIR without an outcome',
      { ...rejection, type: 'pir-completed', payload: { pirId: 'p', outcome: 'great' as never, residualRisks: [] } },
      'payload.outcome',
    ],
    ['an unknown type', { ...rejection, type: 'vibes' as never }, 'type'],
  ])('rejects %s', (_label, draft, path) => {
    expect(Object.keys(fieldErrorsOf(draft))).toEqual([path]);
  });

  it('accepts a correction of an existing entry and a config change from nothing', () => {
    expect(validateDecisionDraft({ ...rejection, type: 'correction', payload: { correctsSeq: 5 } }, head).ok).toBe(
      true,
    );
    const first = { ...buildDraft(2), payload: { fromVersion: null, toVersion: 1, changes: ['initial criteria'] } };
    expect(validateDecisionDraft(first as DecisionDraft, null).ok).toBe(true);
  });

  it('allows no correction on an empty log', () => {
    expect(fieldErrorsOf({ ...rejection, type: 'correction', payload: { correctsSeq: 1 } }, null)).toHaveProperty([
      'payload.correctsSeq',
    ]);
  });
});

describe('a maturity-assessed entry (issue 12)', () => {
  const levels = {
    governance: 3,
    measurement: 3,
    prioritisation: 3,
    collaboration: 3,
    feedback: 3,
    adoption: 2,
    sustainment: 1,
  };
  const assessed = {
    type: 'maturity-assessed',
    subject: null,
    summary: 'Maturity 2026-Q3: organisation level 1 (mean 2.6)',
    rationale: 'Levels per dimension',
    optionsConsidered: [],
    payload: {
      period: '2026-Q3',
      modelVersion: 1,
      levels,
      organisationLevel: 1,
      organisationMean: 2.6,
      stagnating: ['sustainment'],
      assessors: ['u-csi-admin', 'u-editor'],
    },
  };

  it('is configuration-wide: accepted without a subject', () => {
    expect(validateDecisionDraft(assessed as DecisionDraft, head).ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a period that is not a quarter', { period: '2026-Q5' }, 'payload.period'],
    ['model version 0', { modelVersion: 0 }, 'payload.modelVersion'],
    ['a level of 6', { levels: { ...levels, adoption: 6 } }, 'payload.levels'],
    ['a dimension missing', { levels: { ...levels, sustainment: undefined } }, 'payload.levels'],
    ['an organisation level of 1.5', { organisationLevel: 1.5 }, 'payload.organisationLevel'],
    ['a mean above 5', { organisationMean: 5.1 }, 'payload.organisationMean'],
    ['an unknown stagnating dimension', { stagnating: ['morale'] }, 'payload.stagnating'],
    ['no assessor', { assessors: [] }, 'payload.assessors'],
  ])('rejects %s', (_label, change, path) => {
    const draft = { ...assessed, payload: { ...assessed.payload, ...change } };
    expect(Object.keys(fieldErrorsOf(draft))).toEqual([path]);
  });
});
