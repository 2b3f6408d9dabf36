import { checkText, hasVisibleText } from './check-text';

describe('hasVisibleText', () => {
  it.each([
    ['', false],
    [' \t\n\r', false],
    ['\u200B', false],
    ['\u200C\u200D', false],
    ['\u2060', false],
    ['\uFEFF', false],
    ['\u202A\u202B\u202C\u202D\u202E', false],
    ['\u2066\u2067\u2068\u2069', false],
    ['\u00AD', false],
    ['\u3164\u115F\uFFA0', false],
    ['\u0301\u0308', false],
    ['\uFE0F', false],
    ['\u0000\u0007\u001B\u007F', false],
    ['\u00A0\u2003\u3000\u2028\u2029', false],
    ['\u2800', false],
    ['\u{E0041}', false],
    ['a', true],
    ['🚀', true],
    ['تحسين', true],
    ['Ünïcödé'.normalize('NFD'), true],
    ['👨‍👩‍👧', true],
    ['\u200Bx\u200B', true],
    ['नमस्ते', true],
    ['\uD83D', false],
  ])('%j has visible text: %p', (value, expected) => {
    expect(hasVisibleText(value)).toBe(expected);
  });
});

describe('checkText', () => {
  const required = { max: 10, required: true };
  const optional = { max: 10, required: false };
  it.each([
    ['a NUL in a required text', 'a\u0000b', required, /NUL/],
    ['a NUL in an optional text', '\u0000', optional, /NUL/],
    ['a lone high surrogate', 'x\uD800', optional, /surrogate/],
    ['a lone low surrogate', '\uDC00x', optional, /surrogate/],
    ['a reversed pair', '\uDE00\uD83D', optional, /surrogate/],
    ['too long', 'abcdefghijk', optional, /at most 10 characters/],
    ['invisible only, required', '\u200B\uFEFF', required, /visible/],
    ['empty, required', '', required, /visible/],
  ])('refuses %s', (_name, value, rule, message) => {
    expect(checkText(value, rule)).toMatch(message);
  });

  it.each([
    ['an emoji (a surrogate pair)', '🚀 go', required],
    ['exactly the maximum', 'abcdefghij', required],
    ['empty, optional', '', optional],
    ['invisible only, optional', '\u200B', optional],
  ])('accepts %s', (_name, value, rule) => {
    expect(checkText(value, rule)).toBeNull();
  });
});
