import { createFieldErrors } from './field-errors';

describe('createFieldErrors', () => {
  it('returns the value when nothing was added', () => {
    expect(createFieldErrors().result(7, 'bad')).toEqual({ ok: true, value: 7 });
  });

  it('collects every message per path under INVALID_INPUT', () => {
    const errors = createFieldErrors();
    errors.add('a', 'first');
    errors.check(false, 'a', 'second');
    errors.check(true, 'b', 'never');
    expect(errors.hasErrors()).toBe(true);
    expect(errors.result(7, 'bad')).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'bad', fieldErrors: { a: ['first', 'second'] } },
    });
  });
});
