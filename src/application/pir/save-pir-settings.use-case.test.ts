import { defaultMajorChangeRules } from '../../domain/pir/major-change-rule';
import { DEFAULT_PIR_TIMINGS } from '../../domain/pir/pir-due-date';
import { defaultPirTemplate } from '../../domain/pir/pir-template';
import type { PirSettingsPorts } from './get-pir-settings.use-case';
import type { StoredPirSettings } from './pir-settings';
import { savePirSettings, type PirSettingsDraft } from './save-pir-settings.use-case';

const ADMIN = { accountId: 'u-csi-admin', displayName: 'Ada Admin' };
const NOW = '2026-12-03T09:00:00.000Z';

/** In-memory settings store with the repository's conditional write and request keys. */
function world(initial?: StoredPirSettings) {
  let stored: StoredPirSettings | undefined = initial;
  const requests = new Set<string>();
  let writes = 0;
  const ports: PirSettingsPorts = {
    settings: () => Promise.resolve(stored ? structuredClone(stored) : defaultPirSettings()),
    save: (next, key) => {
      const at = stored?.version ?? 0;
      if (at !== next.version - 1) return Promise.resolve(false);
      stored = structuredClone(next);
      writes += 1;
      if (key) requests.add(key);
      return Promise.resolve(true);
    },
    currentUser: () => Promise.resolve(ADMIN),
    requests: { seen: (key) => Promise.resolve(requests.has(key)) },
    now: () => NOW,
  };
  return { ports, stored: () => stored, writes: () => writes };
}

const section = (key: string, kind: 'text' | 'lessons' = 'text') => ({
  key,
  title: `Title ${key}`,
  kind,
  required: false,
  guidance: '',
  ownerRole: 'initiative-owner' as const,
});

/** Written by hand: a standard template and a short "light" one, a rule for incidents first. */
const draft = (): PirSettingsDraft => ({
  rules: [
    {
      id: 'urgent-bugs',
      name: 'Urgent bugs',
      issueTypes: ['Bug'],
      priorities: ['Highest'],
      labels: [],
      classes: [],
      requirement: 'optional',
      templateId: 'light',
    },
    {
      id: 'rest',
      name: 'Everything else',
      issueTypes: [],
      priorities: [],
      labels: [],
      classes: [],
      requirement: 'mandatory',
      templateId: 'standard',
    },
  ],
  templates: [
    { id: 'standard', name: 'Standard PIR', sections: [section('summary'), section('lessons', 'lessons')] },
    { id: 'light', name: 'Light PIR', sections: [section('summary')] },
  ],
  timings: { pirDueBusinessDays: 5, actionDueBusinessDays: { urgent: 2, high: 4, normal: 8, low: 15 } },
});

/** What is in force before any save, as the storage adapter hands it out (version 0). */
const defaultPirSettings = (): StoredPirSettings => ({
  version: 0,
  rules: defaultMajorChangeRules(),
  templates: [defaultPirTemplate()],
  timings: DEFAULT_PIR_TIMINGS,
  changedBy: null,
  changedAt: null,
});

describe('savePirSettings', () => {
  it('saves version 1 from the shipped defaults, stamped by the admin: a new template at version 1, the changed standard at 2', async () => {
    const w = world();
    const answer = await savePirSettings(w.ports, 0, draft());
    expect(answer.ok && answer.value).toMatchObject({
      version: 1,
      changedBy: ADMIN,
      changedAt: NOW,
      benefitCheckDays: [30, 90],
      timings: { pirDueBusinessDays: 5 },
    });
    expect(w.stored()?.templates.map((t) => [t.id, t.version])).toEqual([
      ['standard', 2],
      ['light', 1],
    ]);
    expect(w.stored()?.rules.map((r) => r.id)).toEqual(['urgent-bugs', 'rest']);
  });

  it('gives a changed template its next version (standard 2, 3, 4) and keeps an unchanged one at its own', async () => {
    const w = world();
    await savePirSettings(w.ports, 0, draft());
    const edited = draft();
    edited.templates[0]!.sections.push(section('risks-noted'));
    await savePirSettings(w.ports, 1, edited);
    edited.templates[0]!.name = 'Standard PIR (2027)';
    const third = await savePirSettings(w.ports, 2, edited);
    expect(third.ok && third.value.templates.map((t) => [t.id, t.version])).toEqual([
      ['standard', 4],
      ['light', 1],
    ]);
    expect(w.stored()?.version).toBe(3);
  });

  it('changes the shipped standard template (version 1) into version 2 when its sections change', async () => {
    const w = world();
    const edited = draft();
    edited.templates = [{ id: 'standard', name: 'Standard PIR', sections: [section('summary')] }];
    edited.rules = [edited.rules[1]!];
    const answer = await savePirSettings(w.ports, 0, edited);
    expect(answer.ok && answer.value.templates[0]?.version).toBe(2);
  });

  it.each([
    [
      'a template without sections',
      (d: PirSettingsDraft) => (d.templates[1]!.sections = []),
      { 'templates.1.sections': ['A template needs at least one section.'] },
    ],
    [
      'two sections with the same key',
      (d: PirSettingsDraft) => d.templates[0]!.sections.push(section('summary')),
      { 'templates.0.sections.2.key': ['Another section already has the key "summary".'] },
    ],
    [
      'two templates with the same id',
      (d: PirSettingsDraft) => (d.templates[1]!.id = 'standard'),
      // The rule naming "light" now names no template.
      {
        'templates.1.id': ['Another template already has the id "standard".'],
        'rules.0.templateId': ['Choose one of the saved templates (there is none with id "light")'],
      },
    ],
    [
      'a rule naming a template that is not there',
      (d: PirSettingsDraft) => (d.rules[1]!.templateId = 'gone'),
      { 'rules.1.templateId': ['Choose one of the saved templates (there is none with id "gone")'] },
    ],
  ])('refuses %s with that specific error and writes nothing', async (_name, change, fieldErrors) => {
    const w = world();
    const bad = draft();
    change(bad);
    const answer = await savePirSettings(w.ports, 0, bad, 'request:u-csi-admin:bad-1');
    expect(answer.ok ? 'ok' : answer.error).toMatchObject({ code: 'INVALID_INPUT', fieldErrors });
    expect(w.writes()).toBe(0);
  });

  it('names the specific problem in the message too', async () => {
    const bad = draft();
    bad.templates[1]!.sections = [];
    const answer = await savePirSettings(world().ports, 0, bad);
    expect(answer.ok ? 'ok' : answer.error.message).toBe(
      'The PIR template is invalid: A template needs at least one section.',
    );
  });

  it('refuses a save from a version someone else moved on (CONFLICT) and writes nothing', async () => {
    const w = world();
    await savePirSettings(w.ports, 0, draft());
    const stale = draft();
    stale.timings.pirDueBusinessDays = 7;
    const answer = await savePirSettings(w.ports, 0, stale);
    expect(answer.ok ? 'ok' : answer.error.code).toBe('CONFLICT');
    expect(w.stored()?.timings.pirDueBusinessDays).toBe(5);
  });

  it('answers CONFLICT when another save lands between the read and the write', async () => {
    const w = world();
    const racing: PirSettingsPorts = {
      ...w.ports,
      save: async (next, key) => {
        await w.ports.save({ ...next, timings: { ...next.timings, pirDueBusinessDays: 9 } });
        return w.ports.save(next, key);
      },
    };
    const answer = await savePirSettings(racing, 0, draft());
    expect(answer.ok ? 'ok' : answer.error.code).toBe('CONFLICT');
    expect(w.stored()?.timings.pirDueBusinessDays).toBe(9);
  });

  it('refuses a save that changes nothing', async () => {
    const w = world();
    await savePirSettings(w.ports, 0, draft());
    const answer = await savePirSettings(w.ports, 1, draft());
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(w.writes()).toBe(1);
  });

  it('has one effect for a retried request key, answering the settings in force', async () => {
    const w = world();
    await savePirSettings(w.ports, 0, draft(), 'request:u-csi-admin:s-1');
    const retry = await savePirSettings(w.ports, 0, draft(), 'request:u-csi-admin:s-1');
    expect(retry.ok && retry.value.version).toBe(1);
    expect(w.writes()).toBe(1);
  });
});
