import {
  defaultMajorChangeRules,
  matchRule,
  validateMajorChangeRules,
  type MajorChangeRule,
  type RuleFacts,
} from './major-change-rule';

const rule = (overrides: Partial<MajorChangeRule> = {}): MajorChangeRule => ({
  id: 'r1',
  name: 'Rule',
  issueTypes: [],
  priorities: [],
  labels: [],
  classes: [],
  requirement: 'mandatory',
  templateId: 'standard',
  ...overrides,
});

const facts = (overrides: Partial<RuleFacts> = {}): RuleFacts => ({
  issueType: 'Improvement',
  priority: 'Medium',
  labels: [],
  initiativeClass: 'standard',
  ...overrides,
});

const matchedId = (rules: MajorChangeRule[], f: Partial<RuleFacts>): [string, number] | null => {
  const found = matchRule(rules, facts(f));
  return found ? [found.rule.id, found.index] : null;
};

describe('defaultMajorChangeRules', () => {
  it('asks every initiative for a PIR from the standard template', () => {
    expect(defaultMajorChangeRules()).toEqual([
      {
        id: 'every-initiative',
        name: 'Every initiative',
        issueTypes: [],
        priorities: [],
        labels: [],
        classes: [],
        requirement: 'mandatory',
        templateId: 'standard',
      },
    ]);
  });
});

describe('matchRule', () => {
  const firstWins = [
    rule({ id: 'improvements', issueTypes: ['Improvement'], requirement: 'optional' }),
    rule({ id: 'all' }),
  ];
  const skipTrivial = [rule({ id: 'trivial', labels: ['trivial'], requirement: 'skipped' }), rule({ id: 'all' })];

  it.each<[string, MajorChangeRule[], Partial<RuleFacts>, [string, number] | null]>([
    ['the default rule, for anything', defaultMajorChangeRules(), { priority: null }, ['every-initiative', 0]],
    ['no rule when there are none', [], {}, null],
    ['the first of two matching rules', firstWins, { issueType: 'Improvement' }, ['improvements', 0]],
    ['a later rule when the first does not match', firstWins, { issueType: 'Bug' }, ['all', 1]],
    ['a skipped rule ahead of a mandatory one', skipTrivial, { labels: ['trivial'] }, ['trivial', 0]],
    ['the mandatory rule when the skipped one does not match', skipTrivial, { labels: ['cab'] }, ['all', 1]],
  ])('finds %s', (_label, rules, f, expected) => {
    expect(matchedId(rules, f)).toEqual(expected);
  });

  it.each<[string, Partial<MajorChangeRule>, Partial<RuleFacts>, boolean]>([
    ['an issue type ignoring case', { issueTypes: ['improvement'] }, { issueType: 'IMPROVEMENT' }, true],
    ['one of several issue types', { issueTypes: ['Bug', 'Change'] }, { issueType: 'change' }, true],
    ['not a longer issue type', { issueTypes: ['Improvement'] }, { issueType: 'Improvements' }, false],
    ['a priority ignoring case', { priorities: ['High', 'Highest'] }, { priority: 'highest' }, true],
    ['not another priority', { priorities: ['High'] }, { priority: 'Medium' }, false],
    ['not an issue without a priority when priorities are listed', { priorities: ['High'] }, { priority: null }, false],
    ['an issue without a priority when none are listed', {}, { priority: null }, true],
    ['any one of the labels', { labels: ['cab', 'major'] }, { labels: ['minor', 'major'] }, true],
    ['not a label in another case', { labels: ['major'] }, { labels: ['Major'] }, false],
    ['not an issue without labels when labels are listed', { labels: ['major'] }, { labels: [] }, false],
    ['a class', { classes: ['transformational'] }, { initiativeClass: 'transformational' }, true],
    ['not another class', { classes: ['transformational'] }, { initiativeClass: 'quick-win' }, false],
    [
      'every list together',
      { issueTypes: ['Improvement'], priorities: ['High'], labels: ['cab'], classes: ['standard'] },
      { issueType: 'improvement', priority: 'HIGH', labels: ['x', 'cab'], initiativeClass: 'standard' },
      true,
    ],
    [
      'not when one list of several fails',
      { issueTypes: ['Improvement'], priorities: ['High'] },
      { priority: 'Low' },
      false,
    ],
  ])('matches %s: %p', (_label, r, f, expected) => {
    expect(matchRule([rule(r)], facts(f)) !== null).toBe(expected);
  });
});

const fieldErrorsOf = (rules: MajorChangeRule[], templateIds: string[] = ['standard']): Record<string, string[]> => {
  const result = validateMajorChangeRules(rules, templateIds);
  return result.ok ? {} : (result.error.fieldErrors ?? {});
};

describe('validateMajorChangeRules', () => {
  it('accepts the default rules when the standard template exists', () => {
    expect(validateMajorChangeRules(defaultMajorChangeRules(), ['standard'])).toEqual({
      ok: true,
      value: defaultMajorChangeRules(),
    });
  });

  it('accepts no rules at all', () => {
    expect(validateMajorChangeRules([], [])).toEqual({ ok: true, value: [] });
  });

  it('accepts a skipped rule naming no saved template', () => {
    expect(validateMajorChangeRules([rule({ requirement: 'skipped', templateId: '' })], []).ok).toBe(true);
  });

  it('trims names and list entries and drops repeated entries', () => {
    const input = rule({ name: '  Major changes ', labels: ['cab', ' cab', 'major'], issueTypes: ['Bug', 'Bug'] });
    expect(validateMajorChangeRules([input], ['standard'])).toEqual({
      ok: true,
      value: [rule({ name: 'Major changes', labels: ['cab', 'major'], issueTypes: ['Bug'] })],
    });
  });

  it.each<[string, MajorChangeRule[], string, RegExp]>([
    ['a blank name', [rule({ name: ' ' })], 'rules.0.name', /visible text/],
    ['a zero-width name', [rule({ name: '\u200B\u200C' })], 'rules.0.name', /visible text/],
    ['a name with NUL', [rule({ name: 'A\u0000' })], 'rules.0.name', /NUL/],
    ['a 101-character name', [rule({ name: 'n'.repeat(101) })], 'rules.0.name', /at most 100/],
    ['a blank id', [rule({ id: '' })], 'rules.0.id', /visible text/],
    ['two rules with one id', [rule(), rule({ id: 'r2' }), rule()], 'rules.2.id', /"r1"/],
    ['a template that is not saved', [rule({ templateId: 'gone' })], 'rules.0.templateId', /"gone"/],
    [
      'an optional rule without a template',
      [rule({ requirement: 'optional', templateId: '' })],
      'rules.0.templateId',
      /saved templates/,
    ],
    [
      'an unknown requirement',
      [rule({ requirement: 'always' as 'mandatory' })],
      'rules.0.requirement',
      /mandatory, optional, skipped/,
    ],
    [
      '51 labels',
      [rule({ labels: Array.from({ length: 51 }, (_, i) => `l${i}`) })],
      'rules.0.labels',
      /At most 50 entries/,
    ],
    [
      '51 issue types',
      [rule({ issueTypes: Array.from({ length: 51 }, (_, i) => `t${i}`) })],
      'rules.0.issueTypes',
      /At most 50/,
    ],
    ['a blank priority', [rule({ priorities: ['High', ' '] })], 'rules.0.priorities', /^Entry 2: .*visible text/],
    ['a label of 256 characters', [rule({ labels: ['l'.repeat(256)] })], 'rules.0.labels', /^Entry 1: .*at most 255/],
    ['an unknown class', [rule({ classes: ['huge' as 'standard'] })], 'rules.0.classes', /Unknown entry "huge"/],
    ['51 rules', Array.from({ length: 51 }, (_, i) => rule({ id: `r${i}` })), 'rules', /At most 50 rules/],
  ])('refuses %s', (_label, rules, field, message) => {
    const errors = fieldErrorsOf(rules);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toEqual([expect.stringMatching(message)]);
  });

  it('refuses with INVALID_INPUT, every failure at once', () => {
    const result = validateMajorChangeRules([rule({ name: '', templateId: 'gone' })], ['standard']);
    expect(result.ok ? null : result.error).toEqual({
      code: 'INVALID_INPUT',
      message: 'The major-change rules are invalid',
      fieldErrors: {
        'rules.0.name': [expect.stringMatching(/visible text/)],
        'rules.0.templateId': [expect.stringMatching(/"gone"/)],
      },
    });
  });
});
