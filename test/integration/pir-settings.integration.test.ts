import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { getPir } from '../../src/adapters/storage/pir.repository';
import { loadPirSettings } from '../../src/adapters/storage/pir-settings.repository';
import type { Envelope } from '../../src/contracts/envelope';
import type { PirSettingsData, PirSettingsInput, SectionKind } from '../../src/contracts/pir-settings.contract';
import { asPerson } from '../support/product-requests';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Issue 11 items 1 and 2, the CSI admins' side: the major-change rules, the PIR templates and the
 * timings, through the real resolvers on the local host, stored with @forge/kvs on its simulated
 * KVS; and the attach trigger using what was saved when an issue then reaches Done.
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const frame = (accountId: string) => ({ moduleKey: 'csi-programme-page', accountId });
const call = (key: string, payload: unknown, as: string = USERS.csiAdmin) =>
  invokeAs<PirSettingsData>(host, frame(as), key, payload);
const code = (e: Envelope<unknown>) => (e.ok ? 'ok' : e.error.code);
const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const idOf = (key: string) => String(host.store.issues.find(key)!.id);

const section = (key: string, title: string, kind: SectionKind = 'text', required = false) => ({
  key,
  title,
  kind,
  required,
  guidance: `Guidance for ${title}`,
  ownerRole: 'initiative-owner' as const,
});

/** Written by hand: a "Quick review" template asked for first of every initiative, the standard one after it. */
function settings(version: number): PirSettingsInput {
  return {
    version,
    rules: [
      {
        id: 'quick-first',
        name: 'Quick review for everything',
        issueTypes: [],
        priorities: [],
        labels: [],
        classes: [],
        requirement: 'optional',
        templateId: 'quick',
      },
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
    ],
    templates: [
      {
        id: 'standard',
        name: 'Standard PIR',
        sections: [section('summary', 'Summary', 'text', true), section('lessons', 'Lessons learned', 'lessons', true)],
      },
      {
        id: 'quick',
        name: 'Quick review',
        sections: [section('summary', 'What happened', 'text', true), section('next', 'What next')],
      },
    ],
    timings: { pirDueBusinessDays: 3, actionDueBusinessDays: { urgent: 1, high: 2, normal: 5, low: 10 } },
  };
}

test('a CSI admin saves the rules, templates and timings: version 1, a changed template its next version', async () => {
  const before = await call('pirSettings.get', {});
  expect(before.envelope.ok && before.envelope.data).toMatchObject({ version: 0, templates: [{ version: 1 }] });
  const saved = await call('pirSettings.save', settings(0));
  expect(saved.envelope.ok && saved.envelope.data).toMatchObject({
    version: 1,
    rules: [{ id: 'quick-first' }, { id: 'every-initiative' }],
    templates: [
      { id: 'standard', version: 2 },
      { id: 'quick', version: 1 },
    ],
    timings: { pirDueBusinessDays: 3 },
    changedBy: { accountId: USERS.csiAdmin },
  });
  const stored = await read(loadPirSettings);
  expect(stored).toMatchObject({ version: 1, timings: { pirDueBusinessDays: 3 } });
  expect(stored.templates.map((t) => [t.id, t.version, t.sections.length])).toEqual([
    ['standard', 2, 2],
    ['quick', 1, 2],
  ]);
  // Only the quick template changes: the standard one stays at 2.
  const next = settings(1);
  next.templates[1]!.sections.push(section('risks', 'Risks left', 'risks'));
  const again = await call('pirSettings.save', next);
  expect(again.envelope.ok && again.envelope.data.templates.map((t) => [t.id, t.version])).toEqual([
    ['standard', 2],
    ['quick', 2],
  ]);
});

test('an issue moved to Done after the change gets the new template; an older PIR keeps its version', async () => {
  const older = await read(() => getPir(idOf('CSI-2')));
  expect(older?.template).toMatchObject({ id: 'standard', version: 1 });
  expect((await call('pirSettings.save', settings(0))).envelope.ok).toBe(true);
  host.store.projects.grant(10000, USERS.editor, ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'TRANSITION_ISSUES']);
  const moved = await asPerson(host, USERS.editor, 'POST', '/rest/api/3/issue/CSI-3/transitions', {
    transition: { id: '51' },
  });
  await host.settle();
  expect(moved.status).toBe(204);
  const pir = await read(() => getPir(idOf('CSI-3')));
  expect(pir?.rule).toEqual({ id: 'quick-first', name: 'Quick review for everything', requirement: 'optional' });
  expect(pir?.template).toMatchObject({ id: 'quick', version: 1, name: 'Quick review' });
  expect(pir?.template.sections.map((s) => s.key)).toEqual(['summary', 'next']);
  // Three business days: never more than five calendar days after the local done date.
  const days = (Date.parse(pir!.dueDate) - Date.parse(pir!.doneAt.slice(0, 10))) / 86_400_000;
  expect(days).toBeGreaterThanOrEqual(3);
  expect(days).toBeLessThanOrEqual(5);
  const still = await read(() => getPir(idOf('CSI-2')));
  expect(still?.template).toMatchObject({ id: 'standard', version: 1 });
  expect(still?.template.sections).toHaveLength(9);
});

test.each([
  [
    'a template without sections',
    (s: PirSettingsInput) => (s.templates[1]!.sections = []),
    { 'templates.1.sections': ['A template needs at least one section.'] },
  ],
  [
    'two sections with the same key',
    (s: PirSettingsInput) => s.templates[0]!.sections.push(section('summary', 'Summary again')),
    { 'templates.0.sections.2.key': ['Another section already has the key "summary".'] },
  ],
])('refuses %s with that specific error; the KVS is unchanged', async (_name, change, fieldErrors) => {
  const before = await read(loadPirSettings);
  const bad = settings(0);
  change(bad);
  const { envelope, writes } = await call('pirSettings.save', { ...bad, requestId: 'bad-input-0001' });
  expect(envelope.ok ? 'ok' : envelope.error).toMatchObject({ code: 'INVALID_INPUT', fieldErrors });
  expect(writes).toEqual({ kvs: 0, rest: 0 });
  expect(await read(loadPirSettings)).toEqual(before);
});

test('people who are not CSI admins are refused both calls and write nothing', async () => {
  for (const as of [USERS.editor, USERS.viewer, USERS.outsider]) {
    const get = await call('pirSettings.get', {}, as);
    const save = await call('pirSettings.save', settings(0), as);
    expect([code(get.envelope), code(save.envelope)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(save.writes).toEqual({ kvs: 0, rest: 0 });
  }
  expect((await read(loadPirSettings)).version).toBe(0);
  // The site admin holds the role too.
  expect(code((await call('pirSettings.get', {}, USERS.siteAdmin)).envelope)).toBe('ok');
});

test('a save from a version someone moved on is a CONFLICT; a replayed request id writes once', async () => {
  const first = await call('pirSettings.save', { ...settings(0), requestId: 'pir-settings-0001' });
  const replay = await call('pirSettings.save', { ...settings(0), requestId: 'pir-settings-0001' });
  expect(replay.envelope.ok && replay.envelope.data.version).toBe(1);
  expect(first.writes.kvs).toBeGreaterThan(0);
  expect(replay.writes).toEqual({ kvs: 0, rest: 0 });
  const stale = settings(0);
  stale.timings.pirDueBusinessDays = 20;
  const conflict = await call('pirSettings.save', { ...stale, requestId: 'pir-settings-0002' });
  expect(code(conflict.envelope)).toBe('CONFLICT');
  expect(conflict.writes).toEqual({ kvs: 0, rest: 0 });
  expect(await read(loadPirSettings)).toMatchObject({ version: 1, timings: { pirDueBusinessDays: 3 } });
});
