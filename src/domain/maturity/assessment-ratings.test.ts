import { checkRating, checkSubmission, type AssessorRating } from './assessment-ratings';
import { defaultMaturityModel } from './default-maturity-model';
import type { MaturityModel } from './maturity-model';
import type { Rating } from './maturity.vocabulary';

const rating = (overrides: Partial<AssessorRating> = {}): AssessorRating => ({
  criterionId: 'fbk-3-pirs-on-time',
  rating: 'L',
  evidence: [],
  comment: '',
  ...overrides,
});

const problemsOf = (input: AssessorRating) => {
  const result = checkRating(input);
  return result.ok ? [] : result.error.problems;
};

describe('checkRating', () => {
  it('accepts a rating with evidence and a comment, trimmed', () => {
    const input = rating({ rating: 'F', evidence: [' CSI-1 ', 'confluence:123'], comment: ' In the charter. ' });
    expect(checkRating(input)).toEqual({
      ok: true,
      value: rating({ rating: 'F', evidence: ['CSI-1', 'confluence:123'], comment: 'In the charter.' }),
    });
  });

  it('accepts agreeing with the automatic proposal, and drops a reason given all the same', () => {
    const input = rating({ rating: 'L', automatic: { proposed: 'L', overrideReason: 'No need.' } });
    expect(checkRating(input)).toEqual({ ok: true, value: rating({ rating: 'L', automatic: { proposed: 'L' } }) });
  });

  it('accepts overriding the automatic proposal with a reason, trimmed', () => {
    const input = rating({ rating: 'F', automatic: { proposed: 'L', overrideReason: ' Two PIRs were waived. ' } });
    expect(checkRating(input)).toEqual({
      ok: true,
      value: rating({ rating: 'F', automatic: { proposed: 'L', overrideReason: 'Two PIRs were waived.' } }),
    });
  });

  it.each<[string, string | undefined]>([
    ['no reason', undefined],
    ['an empty reason', ''],
    ['a reason of invisible characters', '\u200B \u2060'],
  ])('refuses overriding the automatic proposal with %s', (_label, overrideReason) => {
    const input = rating({
      rating: 'P',
      automatic: { proposed: 'F', ...(overrideReason === undefined ? {} : { overrideReason }) },
    });
    const result = checkRating(input);
    expect(result.ok ? null : [result.error.code, result.error.message, result.error.fieldErrors]).toEqual([
      'OVERRIDE_REASON_REQUIRED',
      'You rate this P where the app proposes F: give a reason.',
      { 'automatic.overrideReason': ['You rate this P where the app proposes F: give a reason.'] },
    ]);
  });

  it('takes an override reason of up to 1000 characters', () => {
    const automatic = (length: number) => ({ proposed: 'N' as const, overrideReason: 'r'.repeat(length) });
    expect(checkRating(rating({ automatic: automatic(1000) })).ok).toBe(true);
    expect(problemsOf(rating({ automatic: automatic(1001) }))).toEqual([
      { code: 'INVALID_OVERRIDE_REASON', path: 'automatic.overrideReason', message: 'Must be at most 1000 characters' },
    ]);
  });

  it.each(['X', 'l', '', 'Fully'])('refuses the rating %j', (value) => {
    expect(problemsOf(rating({ rating: value as Rating }))).toEqual([
      { code: 'INVALID_RATING', path: 'rating', message: 'Rate the criterion N, P, L or F.' },
    ]);
  });

  it('refuses a proposal that is not a rating', () => {
    expect(problemsOf(rating({ automatic: { proposed: 'Q' as Rating } }))).toEqual([
      { code: 'INVALID_RATING', path: 'automatic.proposed', message: 'The proposed rating must be N, P, L or F.' },
    ]);
  });

  it.each(['Gov-1', '', 'gov 1'])('refuses the criterion id %j', (criterionId) => {
    expect(problemsOf(rating({ criterionId }))).toEqual([
      {
        code: 'INVALID_CRITERION_ID',
        path: 'criterionId',
        message: 'Name the criterion by its id (lower case, digits and dashes).',
      },
    ]);
  });

  it('takes at most 10 evidence links', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `CSI-${i + 1}`);
    expect(checkRating(rating({ evidence: links(10) })).ok).toBe(true);
    expect(problemsOf(rating({ evidence: links(11) }))).toEqual([
      {
        code: 'TOO_MANY_EVIDENCE_LINKS',
        path: 'evidence',
        message: 'Give at most 10 evidence links; this rating has 11.',
      },
    ]);
  });

  it('refuses each link it cannot classify, at its place in the list', () => {
    expect(problemsOf(rating({ evidence: ['CSI-1', 'javascript:alert(1)', 'https://user:pw@x'] }))).toEqual([
      {
        code: 'INVALID_EVIDENCE_LINK',
        path: 'evidence.1',
        message:
          'Use a Jira issue key (ABC-123), a Confluence page (confluence:12345 or its address) or a web address starting with https:// or http://.',
      },
      {
        code: 'INVALID_EVIDENCE_LINK',
        path: 'evidence.2',
        message: 'A web address must not contain a user name or password.',
      },
    ]);
  });

  it('takes a comment of up to 2000 characters', () => {
    expect(checkRating(rating({ comment: 'c'.repeat(2000) })).ok).toBe(true);
    expect(problemsOf(rating({ comment: 'c'.repeat(2001) }))).toEqual([
      { code: 'INVALID_COMMENT', path: 'comment', message: 'Must be at most 2000 characters' },
    ]);
  });

  it('reports every problem at once, led by the first', () => {
    const input = rating({ rating: 'Z' as Rating, evidence: ['ftp://x'], comment: 'a\u0000' });
    const result = checkRating(input);
    expect(result.ok ? null : [result.error.code, result.error.problems.map((p) => p.code)]).toEqual([
      'INVALID_RATING',
      ['INVALID_RATING', 'INVALID_EVIDENCE_LINK', 'INVALID_COMMENT'],
    ]);
  });
});

describe('checkSubmission', () => {
  /** Governance with criteria a, b at level 1 and c at level 2; a model too small to validate, enough here. */
  const model: MaturityModel = {
    version: 3,
    dimensions: [
      {
        dimension: 'governance',
        levels: [
          {
            level: 1,
            criteria: [
              { id: 'a', text: 'A.' },
              { id: 'b', text: 'B.' },
            ],
          },
          { level: 2, criteria: [{ id: 'c', text: 'C.' }] },
        ],
      },
    ],
  };

  it('gives back the ratings by criterion in model order when every criterion is rated', () => {
    const result = checkSubmission(model, { c: { rating: 'N' }, a: { rating: 'F' }, b: { rating: 'P' } });
    expect(result).toEqual({ ok: true, value: { a: 'F', b: 'P', c: 'N' } });
    expect(result.ok && Object.keys(result.value)).toEqual(['a', 'b', 'c']);
  });

  it.each<[string, Record<string, { rating: Rating } | undefined>, string[], string]>([
    ['nothing rated', {}, ['a', 'b', 'c'], '3 criteria are not rated yet: a, b, c.'],
    ['one criterion left out', { a: { rating: 'F' }, c: { rating: 'L' } }, ['b'], '1 criterion is not rated yet: b.'],
    [
      'a rating left undefined',
      { a: { rating: 'F' }, b: undefined, c: { rating: 'L' } },
      ['b'],
      '1 criterion is not rated yet: b.',
    ],
    [
      'a rating that is not one',
      { a: { rating: 'X' as Rating }, b: { rating: 'F' }, c: { rating: 'L' } },
      ['a'],
      '1 criterion is not rated yet: a.',
    ],
  ])('refuses a submission with %s', (_label, ratings, ids, message) => {
    const fieldErrors = Object.fromEntries(ids.map((id) => [`ratings.${id}`, ['Rate this criterion.']]));
    expect(checkSubmission(model, ratings)).toEqual({
      ok: false,
      error: { code: 'UNRATED_CRITERIA', message, criterionIds: ids, fieldErrors },
    });
  });

  it('lists the first five unrated criteria of the default model and counts the rest', () => {
    const result = checkSubmission(defaultMaturityModel(), { 'gov-1-owner': { rating: 'F' } });
    expect(result.ok ? null : [result.error.message, result.error.criterionIds.length]).toEqual([
      '106 criteria are not rated yet: gov-1-purpose, gov-1-register, gov-2-steering, gov-2-charter, gov-2-rationale and 101 more.',
      106,
    ]);
  });

  it('does not take an inherited property for a rating', () => {
    const withConstructor: MaturityModel = {
      version: 1,
      dimensions: [{ dimension: 'governance', levels: [{ level: 1, criteria: [{ id: 'constructor', text: 'C.' }] }] }],
    };
    const result = checkSubmission(withConstructor, {});
    expect(result.ok ? null : result.error.criterionIds).toEqual(['constructor']);
  });

  it('refuses ratings of criteria the model does not have', () => {
    const ratings = {
      a: { rating: 'F' as const },
      b: { rating: 'F' as const },
      c: { rating: 'F' as const },
      z: { rating: 'P' as const },
    };
    expect(checkSubmission(model, ratings)).toEqual({
      ok: false,
      error: {
        code: 'UNKNOWN_CRITERIA',
        message: 'The model (version 3) has no criterion z: remove this rating.',
        criterionIds: ['z'],
        fieldErrors: { 'ratings.z': ['The model has no such criterion.'] },
      },
    });
  });
});
