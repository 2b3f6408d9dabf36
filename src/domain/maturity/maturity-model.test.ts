import { nextModelVersion, validateMaturityModel, type Criterion, type MaturityModel } from './maturity-model';
import { CAPABILITY_LEVELS, MATURITY_DIMENSIONS, type MaturityDimension } from './maturity.vocabulary';

/** A valid model: every dimension, levels 1-5, one criterion each, with the id `<dimension>-<level>`. */
const model = (): MaturityModel => ({
  version: 2,
  dimensions: MATURITY_DIMENSIONS.map((dimension) => ({
    dimension,
    levels: CAPABILITY_LEVELS.map((level) => ({ level, criteria: [{ id: `${dimension}-${level}`, text: 'Do it.' }] })),
  })),
});

/** `model()` with the criteria of one dimension's level replaced. */
const withCriteria = (dimension: MaturityDimension, level: number, criteria: Criterion[]): MaturityModel => {
  const m = model();
  m.dimensions.find((d) => d.dimension === dimension)!.levels.find((l) => l.level === level)!.criteria = criteria;
  return m;
};

const errorOf = (input: MaturityModel) => {
  const result = validateMaturityModel(input);
  if (result.ok) throw new Error('expected the model to be refused');
  return result.error;
};

describe('validateMaturityModel', () => {
  it('accepts a model with one criterion per level and trims its texts', () => {
    const input = withCriteria('feedback', 2, [
      { id: 'feedback-2', text: '  Do it.\n', automaticCheck: 'pirs-on-time' },
    ]);
    const expected = withCriteria('feedback', 2, [
      { id: 'feedback-2', text: 'Do it.', automaticCheck: 'pirs-on-time' },
    ]);
    expect(validateMaturityModel(input)).toEqual({ ok: true, value: expected });
  });

  it('refuses a level without criteria, naming the dimension and level', () => {
    expect(errorOf(withCriteria('governance', 3, []))).toEqual({
      code: 'LEVEL_WITHOUT_CRITERIA',
      message: 'Governance level 3 has no criteria: give it at least one.',
      fieldErrors: { 'dimensions.0.levels.2.criteria': ['Governance level 3 has no criteria: give it at least one.'] },
      problems: [
        {
          code: 'LEVEL_WITHOUT_CRITERIA',
          path: 'dimensions.0.levels.2.criteria',
          message: 'Governance level 3 has no criteria: give it at least one.',
        },
      ],
    });
  });

  it('refuses a criterion id used in two dimensions, naming both places', () => {
    const error = errorOf(withCriteria('measurement', 2, [{ id: 'governance-1', text: 'Again.' }]));
    expect([error.code, error.message, error.fieldErrors]).toEqual([
      'DUPLICATE_CRITERION',
      'The criterion id "governance-1" is used twice: in Governance level 1 and in Measurement level 2.',
      {
        'dimensions.1.levels.1.criteria.0.id': [
          'The criterion id "governance-1" is used twice: in Governance level 1 and in Measurement level 2.',
        ],
      },
    ]);
  });

  it('refuses a criterion id used twice in one level', () => {
    const criteria = [
      { id: 'adoption-4', text: 'One.' },
      { id: 'adoption-4', text: 'Two.' },
    ];
    const error = errorOf(withCriteria('adoption', 4, criteria));
    expect(error.problems).toEqual([
      {
        code: 'DUPLICATE_CRITERION',
        path: 'dimensions.5.levels.3.criteria.1.id',
        message: 'The criterion id "adoption-4" is used twice: in Adoption level 4.',
      },
    ]);
  });

  it.each([
    ['empty', '', 'Required: enter visible text (spaces and invisible characters do not count)'],
    ['blank', ' \t\n', 'Required: enter visible text (spaces and invisible characters do not count)'],
    [
      'invisible only',
      '\u200B\u2060\uFEFF',
      'Required: enter visible text (spaces and invisible characters do not count)',
    ],
    ['501 characters', 'x'.repeat(501), 'Must be at most 500 characters'],
    ['with a NUL', 'a\u0000b', 'Must not contain NUL characters (U+0000)'],
  ])('refuses a criterion text that is %s', (_label, text, reason) => {
    const error = errorOf(withCriteria('sustainment', 5, [{ id: 'sustainment-5', text }]));
    expect(error.problems).toEqual([
      {
        code: 'INVALID_CRITERION_TEXT',
        path: 'dimensions.6.levels.4.criteria.0.text',
        message: `Sustainment level 5, criterion text: ${reason}`,
      },
    ]);
  });

  it('accepts a criterion text of 500 characters', () => {
    expect(validateMaturityModel(withCriteria('sustainment', 5, [{ id: 's', text: 'x'.repeat(500) }])).ok).toBe(true);
  });

  it.each([
    ['upper case', 'Gov-1'],
    ['a leading digit', '1-gov'],
    ['a space', 'gov 1'],
    ['a dot', 'gov.1'],
    ['nothing in it', ''],
    ['61 characters', `a${'b'.repeat(60)}`],
  ])('refuses a criterion id with %s', (_label, id) => {
    expect(errorOf(withCriteria('prioritisation', 1, [{ id, text: 'Do it.' }])).problems).toEqual([
      {
        code: 'INVALID_CRITERION_ID',
        path: 'dimensions.2.levels.0.criteria.0.id',
        message: 'Prioritisation level 1: use an id of lower-case letters, digits and dashes.',
      },
    ]);
  });

  it('accepts a criterion id of 60 characters', () => {
    const id = `a${'b'.repeat(59)}`;
    expect(validateMaturityModel(withCriteria('prioritisation', 1, [{ id, text: 'Do it.' }])).ok).toBe(true);
  });

  it('takes at most 12 criteria per level', () => {
    const criteria = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c-${i}`, text: 'Do it.' }));
    expect(validateMaturityModel(withCriteria('collaboration', 2, criteria(12))).ok).toBe(true);
    expect(errorOf(withCriteria('collaboration', 2, criteria(13))).problems).toEqual([
      {
        code: 'TOO_MANY_CRITERIA',
        path: 'dimensions.3.levels.1.criteria',
        message: 'Cross-team collaboration level 2 has 13 criteria: a level takes at most 12.',
      },
    ]);
  });

  it('refuses an automatic check the app does not compute', () => {
    const criteria = [{ id: 'feedback-1', text: 'Do it.', automaticCheck: 'made-up' } as unknown as Criterion];
    expect(errorOf(withCriteria('feedback', 1, criteria)).problems).toEqual([
      {
        code: 'UNKNOWN_AUTOMATIC_CHECK',
        path: 'dimensions.4.levels.0.criteria.0.automaticCheck',
        message:
          'Feedback loops level 1: use one of decision-rationale, kpi-owners, kpi-readings, complete-scores, commitments, dependency-reviews, pirs-on-time, pir-actions-on-time, benefit-checks.',
      },
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses the version %p', (version) => {
    expect(errorOf({ ...model(), version }).problems).toEqual([
      { code: 'INVALID_VERSION', path: 'version', message: 'Use a whole version number of 1 or more.' },
    ]);
  });

  it('refuses a model without a dimension', () => {
    const m = model();
    m.dimensions = m.dimensions.filter((d) => d.dimension !== 'adoption');
    expect(errorOf(m).problems).toEqual([
      { code: 'MISSING_DIMENSION', path: 'dimensions', message: 'The model has no Adoption dimension.' },
    ]);
  });

  it('refuses a dimension given twice and one it does not know', () => {
    const m = model();
    const extra = (dimension: string, suffix: string) => ({
      dimension: dimension as MaturityDimension,
      levels: CAPABILITY_LEVELS.map((level) => ({ level, criteria: [{ id: `${suffix}-${level}`, text: 'Do it.' }] })),
    });
    m.dimensions.push(extra('governance', 'again'), extra('culture', 'culture'));
    expect(errorOf(m).problems).toEqual([
      { code: 'DUPLICATE_DIMENSION', path: 'dimensions.7.dimension', message: 'The model has Governance twice.' },
      {
        code: 'UNKNOWN_DIMENSION',
        path: 'dimensions.8.dimension',
        message: 'Use one of governance, measurement, prioritisation, collaboration, feedback, adoption, sustainment.',
      },
    ]);
  });

  it('refuses a missing level, a level given twice and an unknown level', () => {
    const m = model();
    const levels = m.dimensions[1]!.levels;
    levels[3] = { level: 2, criteria: [{ id: 'two-again', text: 'Do it.' }] };
    levels.push({ level: 6 as 5, criteria: [{ id: 'six', text: 'Do it.' }] });
    expect(errorOf(m).problems).toEqual([
      { code: 'DUPLICATE_LEVEL', path: 'dimensions.1.levels.3.level', message: 'Measurement has level 2 twice.' },
      { code: 'UNKNOWN_LEVEL', path: 'dimensions.1.levels.5.level', message: 'Measurement: use a level from 1 to 5.' },
      { code: 'MISSING_LEVEL', path: 'dimensions.1.levels', message: 'Measurement has no level 4.' },
    ]);
  });

  it('reports every problem at once, led by the first in model order', () => {
    const m = withCriteria('governance', 1, [{ id: 'governance-1', text: ' ' }]);
    m.dimensions[2]!.levels[4]!.criteria = [];
    m.version = 0;
    const error = errorOf(m);
    expect([error.code, error.problems.map((p) => p.code)]).toEqual([
      'INVALID_VERSION',
      ['INVALID_VERSION', 'INVALID_CRITERION_TEXT', 'LEVEL_WITHOUT_CRITERIA'],
    ]);
  });
});

describe('nextModelVersion', () => {
  it('gives the edited model the version after the current one', () => {
    const edited = withCriteria('governance', 1, [{ id: 'governance-1', text: 'Edited.' }]);
    expect(nextModelVersion({ ...model(), version: 3 }, { ...edited, version: 1 })).toEqual({ ...edited, version: 4 });
  });
});
