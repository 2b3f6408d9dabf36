import { defaultPirTemplate, validatePirTemplate, type PirSection, type PirTemplate } from './pir-template';

const section = (overrides: Partial<PirSection> = {}): PirSection => ({
  key: 'summary',
  title: 'Summary',
  kind: 'text',
  required: true,
  guidance: '',
  ownerRole: 'initiative-owner',
  ...overrides,
});

const template = (overrides: Partial<PirTemplate> = {}): PirTemplate => ({
  id: 'standard',
  name: 'Standard PIR',
  version: 1,
  sections: [section()],
  ...overrides,
});

const fieldErrorsOf = (input: PirTemplate): Record<string, string[]> => {
  const result = validatePirTemplate(input);
  return result.ok ? {} : (result.error.fieldErrors ?? {});
};

describe('defaultPirTemplate', () => {
  it('is the standard template, version 1', () => {
    const { id, name, version } = defaultPirTemplate();
    expect({ id, name, version }).toEqual({ id: 'standard', name: 'Standard PIR', version: 1 });
  });

  it('has the sections of domain.md, in order, with their kind, requirement, owner and title', () => {
    const rows = defaultPirTemplate().sections.map((s) => [s.key, s.kind, s.required, s.ownerRole, s.title]);
    expect(rows).toEqual([
      ['summary', 'text', true, 'initiative-owner', 'Summary'],
      ['objectives', 'objectives', true, 'initiative-owner', 'Objectives met'],
      ['kpi', 'kpi', true, 'initiative-owner', 'KPI before and after'],
      ['went-well', 'text', false, 'initiative-owner', 'What went well'],
      ['went-badly', 'text', false, 'initiative-owner', 'What did not go well'],
      ['lessons', 'lessons', true, 'initiative-owner', 'Lessons learned'],
      ['actions', 'actions', false, 'initiative-owner', 'Actions'],
      ['residual-risks', 'risks', false, 'service-owner', 'Residual risks'],
      ['process-adjustments', 'text', false, 'csi-admin', 'Process adjustments'],
    ]);
  });

  it('gives every section one sentence of guidance', () => {
    for (const s of defaultPirTemplate().sections) expect(s.guidance).toMatch(/^[A-Z][^.]+\.$/);
  });

  it('hands out a fresh copy each time', () => {
    const first = defaultPirTemplate();
    first.sections[0]!.title = 'Changed';
    expect(defaultPirTemplate().sections[0]!.title).toBe('Summary');
  });

  it('passes its own validation unchanged', () => {
    expect(validatePirTemplate(defaultPirTemplate())).toEqual({ ok: true, value: defaultPirTemplate() });
  });
});

describe('validatePirTemplate', () => {
  it('trims the name, titles and guidance', () => {
    const result = validatePirTemplate(
      template({ name: '  Short PIR ', sections: [section({ title: ' Summary\n', guidance: ' Say it. ' })] }),
    );
    expect(result).toEqual({
      ok: true,
      value: template({ name: 'Short PIR', sections: [section({ title: 'Summary', guidance: 'Say it.' })] }),
    });
  });

  it.each([
    ['a one-letter key', 'a'],
    ['a 40-character key', `k${'-'.repeat(38)}9`],
    ['a key with digits and dashes', 'went-well-2'],
  ])('accepts %s', (_label, key) => {
    expect(validatePirTemplate(template({ sections: [section({ key })] })).ok).toBe(true);
  });

  it('accepts texts at their longest and several text sections', () => {
    const long = section({ key: 'long', title: 't'.repeat(100), guidance: 'g'.repeat(1000) });
    expect(validatePirTemplate(template({ name: 'n'.repeat(100), sections: [section(), long] })).ok).toBe(true);
  });

  it.each<[string, Partial<PirTemplate>, string, RegExp]>([
    ['no sections', { sections: [] }, 'sections', /^A template needs at least one section\.$/],
    [
      '31 sections',
      { sections: Array.from({ length: 31 }, (_, i) => section({ key: `s${i}` })) },
      'sections',
      /at most 30 sections/,
    ],
    ['two sections with one key', { sections: [section(), section()] }, 'sections.1.key', /"summary"/],
    ['a key in capitals', { sections: [section({ key: 'Summary' })] }, 'sections.0.key', /lower-case/],
    [
      'a key starting with a digit',
      { sections: [section({ key: '1st' })] },
      'sections.0.key',
      /starting with a letter/,
    ],
    ['a key with a space', { sections: [section({ key: 'went well' })] }, 'sections.0.key', /lower-case/],
    ['a 41-character key', { sections: [section({ key: 'k'.repeat(41) })] }, 'sections.0.key', /lower-case/],
    ['an empty key', { sections: [section({ key: '' })] }, 'sections.0.key', /lower-case/],
    ['an empty title', { sections: [section({ title: '' })] }, 'sections.0.title', /visible text/],
    ['a zero-width title', { sections: [section({ title: '\u200B\u200D\uFEFF' })] }, 'sections.0.title', /visible/],
    ['a 101-character title', { sections: [section({ title: 't'.repeat(101) })] }, 'sections.0.title', /at most 100/],
    ['a title with half a surrogate pair', { sections: [section({ title: 'A\uD800' })] }, 'sections.0.title', /broken/],
    [
      'guidance of 1001 characters',
      { sections: [section({ guidance: 'g'.repeat(1001) })] },
      'sections.0.guidance',
      /1000/,
    ],
    ['guidance with NUL', { sections: [section({ guidance: 'a\u0000b' })] }, 'sections.0.guidance', /NUL/],
    ['an unknown kind', { sections: [section({ kind: 'table' as 'text' })] }, 'sections.0.kind', /Use one of text/],
    [
      'an unknown owner',
      { sections: [section({ ownerRole: 'cab' as 'csi-admin' })] },
      'sections.0.ownerRole',
      /Use one/,
    ],
    [
      'a required flag that is not a boolean',
      { sections: [section({ required: 'yes' as unknown as boolean })] },
      'sections.0.required',
      /required/,
    ],
    ['a blank name', { name: '   ' }, 'name', /visible text/],
    ['an invisible name', { name: '\u2060\u00A0' }, 'name', /visible text/],
    ['a 101-character name', { name: 'n'.repeat(101) }, 'name', /at most 100/],
    ['a blank id', { id: '' }, 'id', /visible text/],
    ['version 0', { version: 0 }, 'version', /whole version number of 1 or more/],
    ['version 1.5', { version: 1.5 }, 'version', /whole version number/],
  ])('refuses %s', (_label, overrides, field, message) => {
    const errors = fieldErrorsOf(template(overrides));
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['objectives', 'objectives'],
    ['kpi', 'KPI'],
    ['lessons', 'lessons'],
    ['actions', 'actions'],
    ['risks', 'residual risks'],
  ] as const)('refuses a second %s section, on the later one', (kind, named) => {
    const sections = [section(), section({ key: 'one', kind }), section({ key: 'two', kind })];
    expect(fieldErrorsOf(template({ sections }))).toEqual({
      'sections.2.kind': [`A template takes at most one ${named} section.`],
    });
  });

  it('reports every failure at once', () => {
    const errors = fieldErrorsOf(template({ name: '', sections: [section({ key: 'X', title: '' })] }));
    expect(Object.keys(errors).sort()).toEqual(['name', 'sections.0.key', 'sections.0.title']);
  });

  it('refuses with INVALID_INPUT', () => {
    const result = validatePirTemplate(template({ sections: [] }));
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
  });
});
