import { assessmentResult } from './assess';
import { defaultMaturityModel } from './default-maturity-model';
import type { MaturityModel } from './maturity-model';
import { CAPABILITY_LEVELS, MATURITY_DIMENSIONS, type MaturityDimension, type Rating } from './maturity.vocabulary';

/** Every dimension with levels 1-5 and one criterion each, `<dimension>-<level>`; governance 1 has a second, `governance-1b`. */
const model: MaturityModel = {
  version: 1,
  dimensions: MATURITY_DIMENSIONS.map((dimension) => ({
    dimension,
    levels: CAPABILITY_LEVELS.map((level) => ({
      level,
      criteria: [
        { id: `${dimension}-${level}`, text: 'Do it.' },
        ...(dimension === 'governance' && level === 1 ? [{ id: 'governance-1b', text: 'Do more.' }] : []),
      ],
    })),
  })),
};
const ids = model.dimensions.flatMap((d) => d.levels.flatMap((l) => l.criteria.map((c) => c.id)));

/** Every criterion of `model` rated `rating`, with `overrides` on top. */
const all = (rating: Rating, overrides: Record<string, Rating> = {}): Record<string, Rating> => ({
  ...Object.fromEntries(ids.map((id) => [id, rating])),
  ...overrides,
});

/** Each dimension's level, in vocabulary order. */
const levelsOf = (result: ReturnType<typeof assessmentResult>) =>
  MATURITY_DIMENSIONS.map((d) => result.dimensions[d].level);

describe('assessmentResult', () => {
  it('gives an empty assessment level 0 everywhere, every level 1 criterion a gap', () => {
    const result = assessmentResult(model, {});
    expect(Object.values(result.criteria)).toEqual(ids.map(() => null));
    expect(levelsOf(result)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(result.dimensions.governance.gaps).toEqual(['governance-1', 'governance-1b']);
    expect(result.dimensions.sustainment.gaps).toEqual(['sustainment-1']);
    expect(result.organisation).toEqual({ level: 0, mean: 0 });
  });

  it('gives one assessor rating everything F level 5 everywhere, without gaps', () => {
    const result = assessmentResult(model, { alice: all('F') });
    expect(levelsOf(result)).toEqual([5, 5, 5, 5, 5, 5, 5]);
    expect(MATURITY_DIMENSIONS.map((d) => result.dimensions[d].gaps)).toEqual([[], [], [], [], [], [], []]);
    expect(result.organisation).toEqual({ level: 5, mean: 5 });
  });

  it('lets the lower of two assessors stand', () => {
    const result = assessmentResult(model, {
      alice: all('F'),
      bob: all('F', { 'governance-2': 'P', 'adoption-4': 'L' }),
    });
    expect([result.criteria['governance-2'], result.criteria['adoption-4'], result.criteria['adoption-5']]).toEqual([
      'P',
      'L',
      'F',
    ]);
    expect(levelsOf(result)).toEqual([1, 5, 5, 5, 5, 5, 5]);
    expect(result.dimensions.governance.gaps).toEqual(['governance-2']);
    expect(result.organisation).toEqual({ level: 1, mean: 4.4 }); // 31 / 7 = 4.43
  });

  it('lets the lowest of three assessors stand, criterion by criterion', () => {
    const result = assessmentResult(model, {
      alice: all('F', { 'governance-1': 'F', 'measurement-3': 'N' }),
      bob: all('F', { 'governance-1': 'L', 'measurement-3': 'F' }),
      carol: all('L', { 'governance-1': 'P', 'feedback-5': 'P' }),
    });
    expect([result.criteria['governance-1'], result.criteria['measurement-3'], result.criteria['feedback-5']]).toEqual([
      'P',
      'N',
      'P',
    ]);
    expect(result.criteria['prioritisation-2']).toBe('L'); // F, F, L
    expect(levelsOf(result)).toEqual([0, 2, 5, 5, 4, 5, 5]);
    expect(result.dimensions.governance.gaps).toEqual(['governance-1']);
    expect(result.dimensions.measurement.gaps).toEqual(['measurement-3']);
    expect(result.dimensions.feedback.gaps).toEqual(['feedback-5']);
    expect(result.organisation).toEqual({ level: 0, mean: 3.7 }); // 26 / 7 = 3.71
  });

  it('leaves out an assessor who did not rate a criterion', () => {
    const result = assessmentResult(model, { alice: all('F'), bob: { 'measurement-1': 'N' } });
    expect([result.criteria['measurement-1'], result.criteria['governance-1']]).toEqual(['N', 'F']);
    expect(levelsOf(result)).toEqual([5, 0, 5, 5, 5, 5, 5]);
    expect(result.organisation).toEqual({ level: 0, mean: 4.3 }); // 30 / 7 = 4.29
  });

  it('counts a partial assessment as far as it goes', () => {
    const ratings = { 'governance-1': 'F', 'governance-1b': 'L', 'governance-2': 'L', 'governance-3': 'F' } as const;
    const result = assessmentResult(model, { alice: ratings });
    expect(result.criteria['governance-4']).toBeNull();
    expect(levelsOf(result)).toEqual([3, 0, 0, 0, 0, 0, 0]);
    expect(result.dimensions.governance.gaps).toEqual(['governance-4']);
    expect(result.organisation).toEqual({ level: 0, mean: 0.4 }); // 3 / 7 = 0.43
  });

  it('ignores ratings of criteria the model does not have, and values that are not ratings', () => {
    const result = assessmentResult(model, {
      alice: { ...all('F'), 'gone-1': 'N' },
      bob: { 'governance-1': 'bad' as Rating },
    });
    expect(Object.keys(result.criteria)).toEqual(ids);
    expect(result.criteria['governance-1']).toBe('F');
    expect(result.organisation).toEqual({ level: 5, mean: 5 });
  });

  it('puts a dimension the model lacks at level 0 without gaps', () => {
    const withoutAdoption = { ...model, dimensions: model.dimensions.filter((d) => d.dimension !== 'adoption') };
    const result = assessmentResult(withoutAdoption, { alice: all('F') });
    expect(result.dimensions.adoption).toEqual({ level: 0, gaps: [] });
    expect(result.organisation).toEqual({ level: 0, mean: 4.3 });
  });

  it('assesses the default model', () => {
    const defaults = defaultMaturityModel();
    const every = (rating: Rating) =>
      Object.fromEntries(
        defaults.dimensions.flatMap((d) => d.levels.flatMap((l) => l.criteria.map((c) => [c.id, rating]))),
      );
    const result = assessmentResult(defaults, { alice: every('F'), bob: { ...every('L'), 'col-2-commitment': 'P' } });
    expect(Object.keys(result.criteria)).toHaveLength(107);
    const levels: Record<MaturityDimension, number> = {
      governance: 5,
      measurement: 5,
      prioritisation: 5,
      collaboration: 1,
      feedback: 5,
      adoption: 5,
      sustainment: 5,
    };
    expect(MATURITY_DIMENSIONS.map((d) => result.dimensions[d].level)).toEqual(
      MATURITY_DIMENSIONS.map((d) => levels[d]),
    );
    expect(result.dimensions.collaboration.gaps).toEqual(['col-2-commitment']);
    expect(result.organisation).toEqual({ level: 1, mean: 4.4 }); // 31 / 7 = 4.43
  });
});
