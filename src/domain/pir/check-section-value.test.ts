import { checkSectionValue } from './check-section-value';
import { defaultPirTemplate, type PirSection } from './pir-template';
import type { PirAction, SectionValue } from './section-value';

const sectionOf = (kind: PirSection['kind']): PirSection => {
  const found = defaultPirTemplate().sections.find((s) => s.kind === kind);
  if (!found) throw new Error(`no ${kind} section`);
  return found;
};

const action = (overrides: Partial<PirAction> = {}): PirAction => ({
  id: 'a1',
  title: 'Document the VPN fallback',
  ownerAccountId: '557058:f1e2d3c4',
  priority: 'high',
  dueDate: '2026-12-11',
  status: 'open',
  wontDoReason: null,
  issueKey: null,
  ...overrides,
});

const fieldErrorsOf = (value: SectionValue): Record<string, string[]> => {
  const result = checkSectionValue(sectionOf(value.kind), value);
  return result.ok ? {} : (result.error.fieldErrors ?? {});
};

const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('checkSectionValue', () => {
  it.each<[string, SectionValue, SectionValue]>([
    [
      'a text, trimmed',
      { kind: 'text', text: '  Moved triage to the new queue. ' },
      { kind: 'text', text: 'Moved triage to the new queue.' },
    ],
    ['an empty text (not filled, but valid)', { kind: 'text', text: '' }, { kind: 'text', text: '' }],
    [
      'objectives, trimmed',
      { kind: 'objectives', objectives: [{ objective: ' Faster triage ', result: 'partly-met', note: ' ' }] },
      { kind: 'objectives', objectives: [{ objective: 'Faster triage', result: 'partly-met', note: '' }] },
    ],
    [
      'a KPI not measured yet',
      { kind: 'kpi', baseline: 10, target: 6, after: null, note: '' },
      { kind: 'kpi', baseline: 10, target: 6, after: null, note: '' },
    ],
    [
      'lessons with tags trimmed, blank and repeated tags dropped',
      { kind: 'lessons', lessons: [{ text: 'Pilot first', tags: [' vpn ', 'VPN', 'rollout', '', '  ', 'vpn'] }] },
      { kind: 'lessons', lessons: [{ text: 'Pilot first', tags: ['vpn', 'rollout'] }] },
    ],
    [
      'actions, a blank reason and a blank issue key read as none',
      { kind: 'actions', actions: [action({ title: ' Document ', wontDoReason: '  ', issueKey: '' })] },
      { kind: 'actions', actions: [action({ title: 'Document', wontDoReason: null, issueKey: null })] },
    ],
    [
      "a won't-do action with its reason",
      {
        kind: 'actions',
        actions: [action({ status: 'wont-do', wontDoReason: ' Superseded by CSI-40 ', issueKey: 'CSI-41' })],
      },
      {
        kind: 'actions',
        actions: [action({ status: 'wont-do', wontDoReason: 'Superseded by CSI-40', issueKey: 'CSI-41' })],
      },
    ],
    [
      'risks, trimmed',
      { kind: 'risks', risks: [' Fallback untested '] },
      { kind: 'risks', risks: ['Fallback untested'] },
    ],
  ])('accepts %s', (_label, value, expected) => {
    expect(checkSectionValue(sectionOf(value.kind), value)).toEqual({ ok: true, value: expected });
  });

  it('refuses a value of another kind than its section', () => {
    const result = checkSectionValue(sectionOf('kpi'), { kind: 'text', text: 'better' });
    expect(result.ok ? null : result.error).toEqual({
      code: 'INVALID_INPUT',
      message: 'KPI before and after is not filled in correctly',
      fieldErrors: { kind: ['KPI before and after is filled as kpi, not as text'] },
    });
  });

  it.each<[string, SectionValue, string, RegExp]>([
    ['a text of 4001 characters', { kind: 'text', text: 'x'.repeat(4001) }, 'text', /at most 4000/],
    ['a text with NUL', { kind: 'text', text: 'a\u0000' }, 'text', /NUL/],
    [
      'an objective without text',
      { kind: 'objectives', objectives: [{ objective: '\u200B', result: 'met', note: '' }] },
      'objectives.0.objective',
      /visible/,
    ],
    [
      'an unknown result',
      { kind: 'objectives', objectives: [{ objective: 'A', result: 'maybe' as 'met', note: '' }] },
      'objectives.0.result',
      /met, partly met or not met/,
    ],
    [
      'a note of 1001 characters',
      { kind: 'objectives', objectives: [{ objective: 'A', result: 'met', note: 'n'.repeat(1001) }] },
      'objectives.0.note',
      /1000/,
    ],
    [
      '31 objectives',
      { kind: 'objectives', objectives: many(31, () => ({ objective: 'A', result: 'met' as const, note: '' })) },
      'objectives',
      /At most 30 items/,
    ],
    [
      'a baseline that is not a number',
      { kind: 'kpi', baseline: Number.NaN, target: 6, after: null, note: '' },
      'baseline',
      /Leave it empty, or enter a number/,
    ],
    [
      'an infinite reading',
      { kind: 'kpi', baseline: 10, target: 6, after: Number.POSITIVE_INFINITY, note: '' },
      'after',
      /Leave it empty/,
    ],
    [
      'a target out of range',
      { kind: 'kpi', baseline: 10, target: 1e10, after: null, note: '' },
      'target',
      /1000000000/,
    ],
    [
      'a lesson without text',
      { kind: 'lessons', lessons: [{ text: ' \u200D', tags: [] }] },
      'lessons.0.text',
      /visible/,
    ],
    [
      'a tag of 41 characters',
      { kind: 'lessons', lessons: [{ text: 'L', tags: ['ok', 't'.repeat(41)] }] },
      'lessons.0.tags',
      /^Tag 2: .*at most 40/,
    ],
    [
      '11 different tags',
      { kind: 'lessons', lessons: [{ text: 'L', tags: many(11, (i) => `t${i}`) }] },
      'lessons.0.tags',
      /At most 10 different tags/,
    ],
    ['a risk without text', { kind: 'risks', risks: ['Known', ''] }, 'risks.1', /visible/],
    ['31 risks', { kind: 'risks', risks: many(31, (i) => `r${i}`) }, 'risks', /At most 30/],
  ])('refuses %s', (_label, value, field, message) => {
    const errors = fieldErrorsOf(value);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]).toEqual([expect.stringMatching(message)]);
  });

  it.each<[string, Partial<PirAction>, string, RegExp]>([
    ['no owner', { ownerAccountId: '' }, 'ownerAccountId', /^Give the action an owner\.$/],
    ['an invisible owner', { ownerAccountId: '\u200B' }, 'ownerAccountId', /^Give the action an owner\.$/],
    ['an owner id of 129 characters', { ownerAccountId: 'o'.repeat(129) }, 'ownerAccountId', /at most 128/],
    ['no due date', { dueDate: '' }, 'dueDate', /^Give the action a due date\.$/],
    ['an impossible due date', { dueDate: '2026-02-30' }, 'dueDate', /^Give the action a due date\.$/],
    ['no title', { title: ' ' }, 'title', /visible/],
    ['a title too long for a Jira summary', { title: 't'.repeat(256) }, 'title', /at most 255/],
    ['no id', { id: '' }, 'id', /visible/],
    ['an unknown priority', { priority: 'asap' as 'high' }, 'priority', /urgent, high, normal or low/],
    ['an unknown status', { status: 'blocked' as 'open' }, 'status', /open, done or won't do/],
    ["won't do without a reason", { status: 'wont-do', wontDoReason: null }, 'wontDoReason', /Say why/],
    [
      "won't do with an invisible reason",
      { status: 'wont-do', wontDoReason: '\u200B\u00A0' },
      'wontDoReason',
      /Say why/,
    ],
    ['an issue key in lower case', { issueKey: 'csi-12' }, 'issueKey', /issue key like CSI-12/],
    ['an issue key without a number', { issueKey: 'CSI-' }, 'issueKey', /issue key/],
  ])('refuses an action with %s, keyed from the section', (_label, overrides, field, message) => {
    const value: SectionValue = {
      kind: 'actions',
      actions: [action({ id: 'a0' }), action({ id: 'a1' }), action({ id: 'a2', ...overrides })],
    };
    const errors = fieldErrorsOf(value);
    expect(Object.keys(errors)).toEqual([`actions.2.${field}`]);
    expect(errors[`actions.2.${field}`]).toEqual([expect.stringMatching(message)]);
  });

  it('refuses two actions with one id, on the later one', () => {
    expect(fieldErrorsOf({ kind: 'actions', actions: [action(), action()] })).toEqual({
      'actions.1.id': ['Another action already has the id "a1"'],
    });
  });
});
