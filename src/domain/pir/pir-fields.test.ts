import { createFieldErrors } from '../shared/field-errors';
import { fieldText, isOneOf } from './pir-fields';

describe('fieldText', () => {
  it.each<[string, unknown, boolean, string, string[]]>([
    ['trims an accepted text', '  PIR ', true, 'PIR', []],
    ['accepts an empty optional text', '', false, '', []],
    [
      'refuses an invisible required text',
      ' \u200B ',
      true,
      '\u200B', // trim() keeps zero-width characters; the check does not count them
      ['Required: enter visible text (spaces and invisible characters do not count)'],
    ],
    ['refuses NUL even when optional', 'a\u0000', false, 'a\u0000', ['Must not contain NUL characters (U+0000)']],
    ['refuses a text too long', 'abcdef', false, 'abcdef', ['Must be at most 5 characters']],
    ['refuses what is not a string', 42, false, '', ['Required']],
  ])('%s', (_label, value, required, expected, messages) => {
    const errors = createFieldErrors();
    expect(fieldText(errors, 'field', value, { max: 5, required })).toBe(expected);
    const result = errors.result(null, 'x');
    expect(result.ok ? [] : result.error.fieldErrors?.field).toEqual(messages);
  });
});

describe('isOneOf', () => {
  it.each<[unknown, boolean]>([
    ['kpi', true],
    ['KPI', false],
    ['', false],
    [null, false],
  ])('%p is one of the words: %p', (value, expected) => {
    expect(isOneOf(value, ['text', 'kpi'] as const)).toBe(expected);
  });
});
