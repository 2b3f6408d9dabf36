import type { Checkpoint } from './checkpoint';
import { buildManualCriterion, buildMetricCriterion } from './build-success-criterion';
import { validateCheckpoint } from './validate-checkpoint';

const checkpoint: Checkpoint = {
  id: 'cp-1',
  name: 'Week 4 review',
  dueDate: '2026-03-02',
  criteria: [buildMetricCriterion(), buildManualCriterion({ priority: 'should' })],
  rollbackProcedure: 'Switch the queue back to the old triage rules',
};

const fieldErrorsOf = (value: unknown): Record<string, string[]> => {
  const result = validateCheckpoint(value as Checkpoint);
  return result.ok ? {} : (result.error.fieldErrors ?? {});
};

describe('validateCheckpoint', () => {
  it('accepts a complete checkpoint unchanged', () => {
    expect(validateCheckpoint(checkpoint)).toEqual({ ok: true, value: checkpoint });
  });

  it('accepts a metric not yet measured', () => {
    expect(validateCheckpoint({ ...checkpoint, criteria: [buildMetricCriterion({ measured: null })] }).ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['no rollback procedure', { rollbackProcedure: '' }, 'rollbackProcedure', /visible text/],
    ['an invisible rollback procedure', { rollbackProcedure: '\u200B \u00A0' }, 'rollbackProcedure', /visible text/],
    ['a missing rollback procedure', { rollbackProcedure: undefined }, 'rollbackProcedure', /Required/],
    ['no criteria', { criteria: [] }, 'criteria', /Add 1 to 20 success criteria/],
    ['criteria that are not a list', { criteria: null }, 'criteria', /Add 1 to 20/],
    [
      '21 criteria',
      { criteria: Array.from({ length: 21 }, (_, i) => buildManualCriterion({ id: `c${i}` })) },
      'criteria',
      /Add 1 to 20/,
    ],
    ['no name', { name: '  ' }, 'name', /visible text/],
    ['an impossible due date', { dueDate: '2026-02-30' }, 'dueDate', /real date/],
    ['a due date with a time', { dueDate: '2026-03-02T10:00' }, 'dueDate', /real date/],
    [
      'two criteria with one id',
      { criteria: [buildManualCriterion(), buildManualCriterion()] },
      'criteria.1.id',
      /Another criterion/,
    ],
    [
      'a criterion of an unknown kind',
      { criteria: [{ ...buildManualCriterion(), kind: 'vibe' }] },
      'criteria.0.kind',
      /Unknown kind/,
    ],
    [
      'an unknown priority',
      { criteria: [buildManualCriterion({ priority: 'could' as 'must' })] },
      'criteria.0.priority',
      /must or should/,
    ],
    [
      'an empty statement',
      { criteria: [buildManualCriterion({ statement: '\uFEFF' })] },
      'criteria.0.statement',
      /visible/,
    ],
    [
      'an unknown judgement',
      { criteria: [{ ...buildManualCriterion(), judgement: 'maybe' }] },
      'criteria.0.judgement',
      /not-judged/,
    ],
    ['a baseline of 0', { criteria: [buildMetricCriterion({ baseline: 0 })] }, 'criteria.0.baseline', /not 0/],
    [
      'a NaN required change',
      { criteria: [buildMetricCriterion({ requiredChangePct: Number.NaN })] },
      'criteria.0.requiredChangePct',
      /from 0 to 1000/,
    ],
    [
      'a measured value out of range',
      { criteria: [buildMetricCriterion({ measured: 1e12 })] },
      'criteria.0.measured',
      /Leave empty until measured/,
    ],
    ['no KPI', { criteria: [buildMetricCriterion({ kpiId: '' })] }, 'criteria.0.kpiId', /visible/],
    [
      'no direction',
      { criteria: [{ ...buildMetricCriterion(), direction: 'up' }] },
      'criteria.0.direction',
      /up or down/,
    ],
    ['a criterion that is not an object', { criteria: ['met'] }, 'criteria.0', /Required/],
  ])('refuses %s', (_label, change, path, message) => {
    const errors = fieldErrorsOf({ ...checkpoint, ...change });
    expect(Object.keys(errors)).toEqual([path]);
    expect(errors[path]?.join(' ')).toMatch(message);
  });

  it('reports every failure at once under INVALID_INPUT', () => {
    const result = validateCheckpoint({ ...checkpoint, name: '', rollbackProcedure: '', criteria: [] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'The checkpoint is incomplete' },
    });
    if (!result.ok)
      expect(Object.keys(result.error.fieldErrors ?? {}).sort()).toEqual(['criteria', 'name', 'rollbackProcedure']);
  });
});
