import { checkCompletion, isSectionFilled } from './pir-content';
import { defaultPirTemplate, type PirSection, type PirTemplate } from './pir-template';
import type { PirObjective, SectionValue } from './section-value';

const objectives = (...results: PirObjective['result'][]): SectionValue => ({
  kind: 'objectives',
  objectives: results.map((result, i) => ({ objective: `Objective ${i + 1}`, result, note: '' })),
});

const kpi = (baseline: number | null, target: number | null, after: number | null): SectionValue => ({
  kind: 'kpi',
  baseline,
  target,
  after,
  note: '',
});

const lesson: SectionValue = { kind: 'lessons', lessons: [{ text: 'Pilot with one team first', tags: ['pilot'] }] };

/** The default template's required sections, filled. */
const filled = (overrides: Record<string, SectionValue> = {}): Record<string, SectionValue> => ({
  summary: { kind: 'text', text: 'Triage moved to the new queue.' },
  objectives: objectives('met', 'met'),
  kpi: kpi(10, 6, 6),
  lessons: lesson,
  ...overrides,
});

const section = (key: string, kind: PirSection['kind'], required: boolean): PirSection => ({
  key,
  title: key.toUpperCase(),
  kind,
  required,
  guidance: '',
  ownerRole: 'initiative-owner',
});

/** A template where only the summary is required, to see where the outcome comes from. */
const loose: PirTemplate = {
  id: 'loose',
  name: 'Loose',
  version: 1,
  sections: [
    section('summary', 'text', true),
    section('objectives', 'objectives', false),
    section('kpi', 'kpi', false),
    section('risks', 'risks', false),
  ],
};

describe('isSectionFilled', () => {
  it.each<[string, SectionValue | undefined, boolean]>([
    ['nothing', undefined, false],
    ['a text', { kind: 'text', text: 'Done' }, true],
    ['an empty text', { kind: 'text', text: '' }, false],
    ['a text of spaces and line breaks', { kind: 'text', text: ' \n\t\u00A0' }, false],
    ['a text of zero-width characters', { kind: 'text', text: '\u200B\u200C\u200D\u2060\uFEFF' }, false],
    ['one objective', objectives('not-met'), true],
    ['no objectives', objectives(), false],
    ['a KPI measured after', kpi(null, null, 0), true],
    ['a KPI not measured after', kpi(10, 6, null), false],
    ['one lesson', lesson, true],
    ['no lessons', { kind: 'lessons', lessons: [] }, false],
    ['no actions', { kind: 'actions', actions: [] }, false],
    ['one risk', { kind: 'risks', risks: ['Fallback untested'] }, true],
    ['no risks', { kind: 'risks', risks: [] }, false],
  ])('%s: %p', (_label, value, expected) => {
    expect(isSectionFilled(value)).toBe(expected);
  });
});

describe('checkCompletion', () => {
  it('completes the default template with its required sections filled', () => {
    expect(checkCompletion(defaultPirTemplate(), filled())).toEqual({
      ok: true,
      value: { outcome: 'met', residualRisks: [] },
    });
  });

  it('names every missing required section, and the lessons', () => {
    const result = checkCompletion(defaultPirTemplate(), {});
    expect(result.ok ? null : result.error).toEqual({
      code: 'INVALID_INPUT',
      message: 'The PIR is not complete yet',
      fieldErrors: {
        'sections.summary': ['Summary is required to complete the PIR.'],
        'sections.objectives': ['Objectives met is required to complete the PIR.'],
        'sections.kpi': ['KPI before and after is required to complete the PIR.'],
        'sections.lessons': ['Lessons learned is required to complete the PIR.'],
      },
    });
  });

  it.each<[string, Record<string, SectionValue>, string]>([
    ['an empty summary', filled({ summary: { kind: 'text', text: '' } }), 'sections.summary'],
    ['a summary of white space', filled({ summary: { kind: 'text', text: ' \n ' } }), 'sections.summary'],
    [
      'a summary of zero-width characters',
      filled({ summary: { kind: 'text', text: '\u200B\uFEFF' } }),
      'sections.summary',
    ],
    ['a summary of another kind', filled({ summary: { kind: 'risks', risks: ['x'] } }), 'sections.summary'],
    ['no objectives', filled({ objectives: objectives() }), 'sections.objectives'],
    ['a KPI not measured after', filled({ kpi: kpi(10, 6, null) }), 'sections.kpi'],
    ['no lessons', filled({ lessons: { kind: 'lessons', lessons: [] } }), 'sections.lessons'],
  ])('refuses %s', (_label, values, field) => {
    const result = checkCompletion(defaultPirTemplate(), values);
    expect(result.ok ? {} : result.error.fieldErrors).toEqual({
      [field]: [expect.stringMatching(/is required to complete the PIR\.$/)],
    });
  });

  it('needs a lesson even when the lessons section is optional', () => {
    const template: PirTemplate = { ...loose, sections: [...loose.sections, section('learned', 'lessons', false)] };
    const result = checkCompletion(template, { summary: { kind: 'text', text: 'Done' } });
    expect(result.ok ? {} : result.error.fieldErrors).toEqual({
      'sections.learned': ['LEARNED is required to complete the PIR.'],
    });
  });

  it('leaves optional sections empty', () => {
    expect(checkCompletion(loose, { summary: { kind: 'text', text: 'Done' } }).ok).toBe(true);
  });

  it('does not take a value inherited from Object.prototype for a section keyed constructor', () => {
    const template: PirTemplate = { ...loose, sections: [section('constructor', 'text', true)] };
    const result = checkCompletion(template, {});
    expect(result.ok ? {} : result.error.fieldErrors).toEqual({
      'sections.constructor': ['CONSTRUCTOR is required to complete the PIR.'],
    });
  });

  it.each<[string, Record<string, SectionValue>, 'increase' | 'decrease' | undefined, string]>([
    ['all objectives met', { objectives: objectives('met', 'met') }, undefined, 'met'],
    ['one objective met, one not', { objectives: objectives('met', 'not-met') }, undefined, 'partly-met'],
    ['one partly met, one not', { objectives: objectives('partly-met', 'not-met') }, undefined, 'partly-met'],
    ['every objective partly met', { objectives: objectives('partly-met', 'partly-met') }, undefined, 'partly-met'],
    ['no objective met', { objectives: objectives('not-met', 'not-met') }, undefined, 'not-met'],
    ['objectives ahead of a lost KPI', { objectives: objectives('met'), kpi: kpi(10, 6, 12) }, undefined, 'met'],
    ['no objectives, a KPI kept (decrease read from the target)', { kpi: kpi(10, 6, 6) }, undefined, 'met'],
    ['no objectives, a KPI partly kept', { kpi: kpi(10, 6, 7) }, undefined, 'partly-met'],
    ['no objectives, a KPI lost', { kpi: kpi(10, 6, 12) }, undefined, 'not-met'],
    ['an increase read from the target, lost', { kpi: kpi(60, 80, 50) }, undefined, 'not-met'],
    ['the given direction over the target', { kpi: kpi(10, 12, 9) }, 'decrease', 'met'],
    ['the same KPI read from its target', { kpi: kpi(10, 12, 9) }, undefined, 'not-met'],
    ['a KPI without a baseline', { kpi: kpi(null, 6, 7) }, undefined, 'met'],
    ['a KPI without a target', { kpi: kpi(10, null, 7) }, undefined, 'met'],
    ['a KPI not measured after', { kpi: kpi(10, 6, null) }, undefined, 'met'],
    ['a target level with the baseline and no direction', { kpi: kpi(10, 10, 12) }, undefined, 'met'],
    ['a target level with the baseline, decrease given', { kpi: kpi(10, 10, 12) }, 'decrease', 'not-met'],
    ['nothing to judge by', {}, undefined, 'met'],
  ])('judges %s: %s', (_label, values, direction, outcome) => {
    const result = checkCompletion(loose, { summary: { kind: 'text', text: 'Done' }, ...values }, direction);
    expect(result.ok ? result.value.outcome : result.error).toBe(outcome);
  });

  it('records the residual risks with visible text, trimmed', () => {
    const risks: SectionValue = { kind: 'risks', risks: [' Fallback untested ', '\u200B', 'Old queue still open'] };
    const result = checkCompletion(loose, { summary: { kind: 'text', text: 'Done' }, risks });
    expect(result.ok ? result.value.residualRisks : result.error).toEqual([
      'Fallback untested',
      'Old queue still open',
    ]);
  });
});
