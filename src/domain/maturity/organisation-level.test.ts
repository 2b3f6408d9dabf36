import type { MaturityDimension } from './maturity.vocabulary';
import { organisationLevel } from './organisation-level';

/** Dimension levels in vocabulary order: governance, measurement, prioritisation, collaboration, feedback, adoption, sustainment. */
const levelsOf = ([gov, mea, pri, col, fbk, ado, sus]: number[]): Record<MaturityDimension, number> => ({
  governance: gov ?? 0,
  measurement: mea ?? 0,
  prioritisation: pri ?? 0,
  collaboration: col ?? 0,
  feedback: fbk ?? 0,
  adoption: ado ?? 0,
  sustainment: sus ?? 0,
});

describe('organisationLevel', () => {
  it.each<[number[], number, number]>([
    [[3, 2, 4, 1, 3, 2, 2], 1, 2.4], // 17 / 7 = 2.43
    [[0, 0, 0, 0, 0, 0, 0], 0, 0],
    [[5, 5, 5, 5, 5, 5, 5], 5, 5],
    [[5, 5, 5, 5, 5, 5, 0], 0, 4.3], // 30 / 7 = 4.29
    [[2, 3, 3, 3, 3, 3, 3], 2, 2.9], // 20 / 7 = 2.86
    [[1, 2, 1, 2, 1, 2, 1], 1, 1.4], // 10 / 7 = 1.43
    [[4, 4, 4, 4, 3, 3, 3], 3, 3.6], // 25 / 7 = 3.57
  ])('levels %p: level %p, mean %p', (levels, level, mean) => {
    expect(organisationLevel(levelsOf(levels))).toEqual({ level, mean });
  });
});
