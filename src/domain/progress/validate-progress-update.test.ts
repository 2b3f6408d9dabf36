import type { ProgressUpdate } from './progress-update';
import { validateProgressUpdate } from './validate-progress-update';

const valid: ProgressUpdate = {
  whatChanged: 'Pilot live for the EMEA service desk',
  next: 'Gate 2 review on 14 March',
  risks: 'Agent turnover',
  asks: '',
  rag: 'amber',
};
const fieldErrorsOf = (input: ProgressUpdate) => {
  const result = validateProgressUpdate(input);
  return result.ok ? {} : (result.error.fieldErrors ?? {});
};

describe('validateProgressUpdate', () => {
  it('accepts a complete update and trims every text', () => {
    const padded = { ...valid, whatChanged: `  ${valid.whatChanged}\n`, asks: '   ' };
    expect(validateProgressUpdate(padded)).toEqual({ ok: true, value: { ...valid, asks: '' } });
  });

  it.each<[string, Partial<ProgressUpdate>, string]>([
    ['a blank "what changed"', { whatChanged: '  ' }, 'whatChanged'],
    ['an empty "next"', { next: '' }, 'next'],
    ['overlong risks', { risks: 'x'.repeat(4001) }, 'risks'],
    ['overlong asks', { asks: 'x'.repeat(4001) }, 'asks'],
    ['an unknown RAG', { rag: 'blue' as never }, 'rag'],
    ['a non-text field', { next: 42 as never }, 'next'],
  ])('rejects %s', (_label, change, path) => {
    expect(Object.keys(fieldErrorsOf({ ...valid, ...change }))).toEqual([path]);
  });

  it('measures the length after trimming', () => {
    expect(validateProgressUpdate({ ...valid, risks: ` ${'x'.repeat(4000)} ` }).ok).toBe(true);
  });

  it('reports every problem at once', () => {
    expect(Object.keys(fieldErrorsOf({ ...valid, whatChanged: '', next: '', rag: 'x' as never }))).toEqual([
      'whatChanged',
      'next',
      'rag',
    ]);
  });
});
