import { defaultMaturityModel } from './default-maturity-model';
import { validateMaturityModel } from './maturity-model';
import type { MaturityDimension } from './maturity.vocabulary';

describe('defaultMaturityModel', () => {
  it('passes its own validation unchanged', () => {
    expect(validateMaturityModel(defaultMaturityModel())).toEqual({ ok: true, value: defaultMaturityModel() });
  });

  it('is version 1 with the seven dimensions in order, each with levels 1 to 5 in order', () => {
    const model = defaultMaturityModel();
    expect(model.version).toBe(1);
    expect(model.dimensions.map((d) => [d.dimension, d.levels.map((l) => l.level)])).toEqual([
      ['governance', [1, 2, 3, 4, 5]],
      ['measurement', [1, 2, 3, 4, 5]],
      ['prioritisation', [1, 2, 3, 4, 5]],
      ['collaboration', [1, 2, 3, 4, 5]],
      ['feedback', [1, 2, 3, 4, 5]],
      ['adoption', [1, 2, 3, 4, 5]],
      ['sustainment', [1, 2, 3, 4, 5]],
    ]);
  });

  it.each<[MaturityDimension, string, number[]]>([
    ['governance', 'gov', [3, 3, 4, 3, 3]],
    ['measurement', 'mea', [3, 3, 4, 3, 3]],
    ['prioritisation', 'pri', [3, 3, 3, 3, 3]],
    ['collaboration', 'col', [3, 3, 3, 3, 3]],
    ['feedback', 'fbk', [3, 3, 3, 3, 3]],
    ['adoption', 'ado', [3, 3, 3, 3, 3]],
    ['sustainment', 'sus', [3, 3, 3, 3, 3]],
  ])('%s has at least 3 criteria per level (%s-<level>-…): %p', (dimension, prefix, counts) => {
    const found = defaultMaturityModel().dimensions.find((d) => d.dimension === dimension);
    const levels = found?.levels ?? [];
    expect(levels.map((l) => l.criteria.length)).toEqual(counts);
    for (const level of levels) {
      expect(level.criteria.length).toBeGreaterThanOrEqual(3);
      for (const criterion of level.criteria) expect(criterion.id.startsWith(`${prefix}-${level.level}-`)).toBe(true);
    }
  });

  it('writes every criterion as one sentence', () => {
    for (const d of defaultMaturityModel().dimensions) {
      for (const l of d.levels) for (const c of l.criteria) expect(c.text).toMatch(/^[A-Z"].*[.]$/);
    }
  });

  it('attaches the automatic checks where the app holds the evidence, each check once', () => {
    const attached = defaultMaturityModel().dimensions.flatMap((d) =>
      d.levels.flatMap((l) => l.criteria.flatMap((c) => (c.automaticCheck ? [[c.id, c.automaticCheck]] : []))),
    );
    expect(attached).toEqual([
      ['gov-2-rationale', 'decision-rationale'],
      ['mea-2-owner', 'kpi-owners'],
      ['mea-3-readings', 'kpi-readings'],
      ['pri-3-complete-scores', 'complete-scores'],
      ['col-2-commitment', 'commitments'],
      ['col-3-dependencies', 'dependency-reviews'],
      ['fbk-3-pirs-on-time', 'pirs-on-time'],
      ['fbk-4-actions-on-time', 'pir-actions-on-time'],
      ['sus-3-benefit-checks', 'benefit-checks'],
    ]);
  });

  it('hands out a fresh copy each time', () => {
    const first = defaultMaturityModel();
    first.dimensions[0]!.levels[0]!.criteria[0]!.text = 'Changed';
    first.dimensions[0]!.levels[0]!.criteria.pop();
    const again = defaultMaturityModel().dimensions[0]!.levels[0]!.criteria;
    expect(again[0]!.text).toBe('A named person owns the CSI programme, and the teams know who it is.');
    expect(again).toHaveLength(3);
  });
});
