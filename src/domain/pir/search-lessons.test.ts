import { searchLessons, type LessonEntry } from './search-lessons';

const entry = (issueKey: string, completedAt: string, overrides: Partial<LessonEntry> = {}): LessonEntry => ({
  issueKey,
  summary: 'Faster triage',
  services: ['Service Desk'],
  sectionKey: 'lessons',
  text: 'Pilot with one team first',
  tags: [],
  completedAt,
  ...overrides,
});

const deploy = entry('CSI-1', '2026-10-01T09:00:00Z', {
  text: 'Le déploiement par étapes a évité la panne',
  services: ['Email'],
});
const vpn = entry('CSI-2', '2026-12-04T23:30:00Z', {
  text: 'Test the VPN rollback before go-live',
  tags: ['vpn', 'Rollback'],
});
const cab = entry('CSI-3', '2026-11-15T12:00:00+01:00', {
  summary: 'CAB agenda in Confluence',
  sectionKey: 'process-adjustments',
});
const naive = entry('CSI-4', '2026-11-20T08:00:00Z', {
  text: 'Naïve estimates hurt',
  services: ['Email', 'Service Desk'],
});
const all = [deploy, vpn, cab, naive];

const keys = (found: LessonEntry[]): string[] => found.map((e) => e.issueKey);

describe('searchLessons', () => {
  it.each<[string, Parameters<typeof searchLessons>[1], string[]]>([
    ['everything, newest first, for an empty query', {}, ['CSI-2', 'CSI-4', 'CSI-3', 'CSI-1']],
    ['everything for a blank text', { text: '  ' }, ['CSI-2', 'CSI-4', 'CSI-3', 'CSI-1']],
    ['a word without its accents', { text: 'deploiement' }, ['CSI-1']],
    ['a word in capitals with accents', { text: 'ÉVITÉ' }, ['CSI-1']],
    ['an accented query on plain text', { text: 'pänne' }, ['CSI-1']],
    ['a diaeresis', { text: 'naive' }, ['CSI-4']],
    ['part of a word', { text: 'roll' }, ['CSI-2']],
    ['words in any order', { text: 'rollback vpn' }, ['CSI-2']],
    ['not when one word is missing', { text: 'vpn outage' }, []],
    ['the summary', { text: 'confluence' }, ['CSI-3']],
    ['a tag', { text: 'rollback' }, ['CSI-2']],
    ['a service ignoring case', { service: 'email' }, ['CSI-4', 'CSI-1']],
    ['not part of a service name', { service: 'mail' }, []],
    ['a tag filter ignoring case', { tag: 'ROLLBACK' }, ['CSI-2']],
    ['not part of a tag', { tag: 'vp' }, []],
    ['a section', { sectionKey: 'process-adjustments' }, ['CSI-3']],
    ['every filter together', { text: 'estimates', service: 'service desk', sectionKey: 'LESSONS' }, ['CSI-4']],
    ['a blank service as no filter', { service: ' ', text: 'pilot' }, ['CSI-3']],
  ])('finds %s', (_label, query, expected) => {
    expect(keys(searchLessons(all, query))).toEqual(expected);
  });

  it('orders by instant, not by text, and puts lessons without a valid time last', () => {
    const early = entry('CSI-5', '2026-12-05T10:00:00+13:00'); // 2026-12-04T21:00Z
    const late = entry('CSI-6', '2026-12-04T22:00:00Z');
    const broken = entry('CSI-7', 'soon');
    expect(keys(searchLessons([broken, early, late], {}))).toEqual(['CSI-6', 'CSI-5', 'CSI-7']);
  });

  it('keeps lessons of one moment in their order', () => {
    const first = entry('CSI-8', '2026-12-04T22:00:00Z');
    const second = entry('CSI-9', '2026-12-04T22:00:00.000Z');
    expect(keys(searchLessons([first, second], {}))).toEqual(['CSI-8', 'CSI-9']);
  });

  it('leaves its input as it was', () => {
    const input = [deploy, vpn];
    searchLessons(input, {});
    expect(keys(input)).toEqual(['CSI-1', 'CSI-2']);
  });
});
