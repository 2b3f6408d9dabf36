import { collectProblems } from './maturity-error';

describe('collectProblems', () => {
  it('gives the value back when nothing was added', () => {
    const problems = collectProblems<'A'>();
    expect(problems.hasProblems()).toBe(false);
    expect(problems.result({ x: 1 })).toEqual({ ok: true, value: { x: 1 } });
  });

  it('leads with the first problem and keys every message by its path', () => {
    const problems = collectProblems<'A' | 'B'>();
    problems.add('B', 'levels.0', 'Second level is missing.');
    problems.add('A', 'levels.0', 'Level has no criteria.');
    problems.add('A', 'version', 'Use a whole number.');
    expect(problems.hasProblems()).toBe(true);
    expect(problems.result(null)).toEqual({
      ok: false,
      error: {
        code: 'B',
        message: 'Second level is missing.',
        fieldErrors: {
          'levels.0': ['Second level is missing.', 'Level has no criteria.'],
          version: ['Use a whole number.'],
        },
        problems: [
          { code: 'B', path: 'levels.0', message: 'Second level is missing.' },
          { code: 'A', path: 'levels.0', message: 'Level has no criteria.' },
          { code: 'A', path: 'version', message: 'Use a whole number.' },
        ],
      },
    });
  });
});
