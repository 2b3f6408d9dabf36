import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { defaultScoringConfig } from '../../src/domain/scoring/default-scoring-config';
import { invokeAs, seededHost } from '../support/seeded-host';

/*
 * Hostile texts through the local host, from explicit tables (never derived from the contracts'
 * schemas). A required text is filled only by visible characters; NUL characters and lone
 * surrogates are refused in every text; every maximum length is stated here. Each refusal answers
 * INVALID_INPUT at the field with a specific message and writes nothing (the host's counters).
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const editorPanel = { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey: 'CSI-6' };
const adminPanel = { moduleKey: 'csi-issue-panel', accountId: USERS.csiAdmin, issueKey: 'CSI-6' };
const rejectPanel = { moduleKey: 'csi-issue-panel', accountId: USERS.csiAdmin, issueKey: 'CSI-12' };
const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };
const admin = { moduleKey: 'csi-admin-page', accountId: USERS.siteAdmin };
const project = { moduleKey: 'csi-project-page', accountId: USERS.viewer, projectKey: 'CSI' };

const { version: _version, ...defaults } = defaultScoringConfig();
const config = () =>
  structuredClone({
    ...defaults,
    criteria: [...defaults.criteria],
    enabledIssueTypes: [...defaults.enabledIssueTypes],
  });
const withConfig = (patch: (c: ReturnType<typeof config>) => void) => {
  const c = config();
  patch(c);
  return { config: c, reason: 'Quarterly review' };
};
const checkpoint = (over: Record<string, unknown>) => ({
  decision: {
    type: 'checkpoint-decision',
    checkpointName: 'Pilot gate',
    verdict: 'go',
    recommended: 'go',
    rationale: 'Pilot KPI met',
    optionsConsidered: ['Extend the pilot'],
    ...over,
  },
});
const override = (over: Record<string, unknown>) => ({
  decision: {
    type: 'override',
    overridden: 'gate',
    recommended: 'Hold at the gate',
    decided: 'Go ahead',
    rationale: 'Vendor deadline',
    optionsConsidered: [],
    ...over,
  },
});
const update = (over: Record<string, unknown>) => ({
  whatChanged: 'Bot live for VPN',
  next: 'Passwords',
  risks: '',
  asks: '',
  rag: 'green',
  ...over,
});
const reject = (over: Record<string, unknown>) => ({
  reasonCategory: 'duplicate',
  rationale: 'Covered by CSI-11',
  optionsConsidered: ['Merge'],
  revisitIf: 'If CSI-11 stalls',
  ...over,
});
const kpiPlan = (name: string) => ({
  plannedDurationDays: 60,
  kpi: { name, direction: 'decrease', baseline: 1240, expected: 950, thresholdPct: null },
});

type Field = [label: string, frame: object, key: string, payload: (t: string) => unknown, path: string, max: number];
/** Required texts: filled only by visible characters. */
const REQUIRED: Field[] = [
  ['reject rationale', rejectPanel, 'issuePanel.reject', (t) => reject({ rationale: t }), 'rationale', 4000],
  [
    'reject option',
    rejectPanel,
    'issuePanel.reject',
    (t) => reject({ optionsConsidered: [t] }),
    'optionsConsidered.0',
    500,
  ],
  [
    'checkpoint name',
    adminPanel,
    'issuePanel.recordDecision',
    (t) => checkpoint({ checkpointName: t }),
    'decision.checkpointName',
    200,
  ],
  [
    'decision rationale',
    adminPanel,
    'issuePanel.recordDecision',
    (t) => checkpoint({ rationale: t }),
    'decision.rationale',
    4000,
  ],
  [
    'decision option',
    adminPanel,
    'issuePanel.recordDecision',
    (t) => checkpoint({ optionsConsidered: [t] }),
    'decision.optionsConsidered.0',
    500,
  ],
  [
    'override decided',
    adminPanel,
    'issuePanel.recordDecision',
    (t) => override({ decided: t }),
    'decision.decided',
    500,
  ],
  ['update what changed', editorPanel, 'issuePanel.postUpdate', (t) => update({ whatChanged: t }), 'whatChanged', 4000],
  ['update next', editorPanel, 'issuePanel.postUpdate', (t) => update({ next: t }), 'next', 4000],
  ['plan KPI name', editorPanel, 'issuePanel.savePlan', (t) => kpiPlan(t), 'kpi.name', 120],
  ['config reason', programme, 'programme.saveConfig', (t) => ({ ...withConfig(() => {}), reason: t }), 'reason', 2000],
  [
    'criterion name',
    programme,
    'programme.saveConfig',
    (t) => withConfig((c) => Object.assign(c.criteria[0]!, { name: t })),
    'config.criteria.0.name',
    100,
  ],
  [
    'criterion level',
    programme,
    'programme.saveConfig',
    (t) => withConfig((c) => Object.assign(c.criteria[0]!, { levels: [t, 'b', 'c', 'd', 'e'] })),
    'config.criteria.0.levels.0',
    300,
  ],
  [
    'issue type',
    programme,
    'programme.saveConfig',
    (t) => withConfig((c) => (c.enabledIssueTypes = [t])),
    'config.enabledIssueTypes.0',
    60,
  ],
  ['user search', admin, 'admin.findUsers', (t) => ({ query: t }), 'query', 100],
];
/** Optional texts: may be empty, but never hold NUL characters or lone surrogates. */
const OPTIONAL: Field[] = [
  [
    'rating rationale',
    editorPanel,
    'issuePanel.rate',
    (t) => ({ ratings: [{ criterionKey: 'effort', rating: 2, rationale: t }] }),
    'ratings.0.rationale',
    2000,
  ],
  ['reject revisit-if', rejectPanel, 'issuePanel.reject', (t) => reject({ revisitIf: t }), 'revisitIf', 1000],
  [
    'pause trigger',
    adminPanel,
    'issuePanel.recordDecision',
    (t) => ({ decision: { type: 'pause', trigger: t, rationale: 'Budget', optionsConsidered: [] } }),
    'decision.trigger',
    500,
  ],
  ['update risks', editorPanel, 'issuePanel.postUpdate', (t) => update({ risks: t }), 'risks', 4000],
  ['update asks', editorPanel, 'issuePanel.postUpdate', (t) => update({ asks: t }), 'asks', 4000],
  [
    'criterion description',
    programme,
    'programme.saveConfig',
    (t) => withConfig((c) => Object.assign(c.criteria[0]!, { description: t })),
    'config.criteria.0.description',
    1000,
  ],
  ['decision log search', project, 'projectPage.decisionLog', (t) => ({ search: t }), 'search', 200],
  [
    'portfolio status filter',
    project,
    'projectPage.portfolio',
    (t) => ({ filters: { status: t }, limit: 20 }),
    'filters.status',
    60,
  ],
];
/** Keys and ids: a pattern, and still never NUL or a lone surrogate. */
const KEYS: Field[] = [
  [
    'rated criterion key',
    editorPanel,
    'issuePanel.rate',
    (t) => ({ ratings: [{ criterionKey: t, rating: 2, rationale: '' }] }),
    'ratings.0.criterionKey',
    40,
  ],
  [
    'effort criterion key',
    programme,
    'programme.saveConfig',
    (t) => withConfig((c) => (c.effortCriterionKey = t)),
    'config.effortCriterionKey',
    40,
  ],
  ['CSI admin account id', admin, 'admin.setCsiAdmins', (t) => ({ accountIds: [t] }), 'accountIds.0', 128],
];

const INVISIBLE: Array<[string, string]> = [
  ['nothing', ''],
  ['spaces', '   '],
  ['tab and newline', '\t\n'],
  ['a zero-width space', '\u200B'],
  ['zero-width (non-)joiners', '\u200C\u200D'],
  ['a word joiner', '\u2060'],
  ['a byte-order mark', '\uFEFF'],
  ['a right-to-left override', '\u202E'],
  ['bidi embedding and pop', '\u202A\u202C'],
  ['bidi isolates', '\u2066\u2067\u2068\u2069'],
  ['a soft hyphen', '\u00AD'],
  ['a Hangul filler', '\u3164'],
  ['a combining mark without a base', '\u0301'],
  ['no-break and ideographic spaces', '\u00A0\u3000'],
  ['control characters', '\u0007\u001B'],
  ['a blank Braille pattern', '\u2800'],
  ['a mix of them all', ' \u200B\uFEFF\u202E\u2066 \u2060\u200D '],
];
const BROKEN: Array<[string, string, RegExp]> = [
  ['a NUL alone', '\u0000', /NUL/],
  ['a NUL inside', 'Pilot\u0000gate', /NUL/],
  ['a lone high surrogate', '\uD83D', /surrogate/],
  ['a lone low surrogate', 'ok\uDE00', /surrogate/],
  ['a reversed pair', '\uDE00\uD83D', /surrogate/],
  ['two high surrogates', 'x\uD83D\uD83D', /surrogate/],
];
const VISIBLE = /visible/;

async function expectRefused(frame: object, key: string, payload: unknown, path: string, message: RegExp) {
  const { envelope, writes } = await invokeAs(host, frame as never, key, payload);
  expect(envelope.ok ? 'ok' : envelope.error.code).toBe('INVALID_INPUT');
  if (!envelope.ok) expect((envelope.error.fieldErrors?.[path] ?? []).join(' | ')).toMatch(message);
  expect(writes).toEqual({ kvs: 0, rest: 0 });
}

const cases = (fields: Field[], values: Array<[string, string, RegExp]>) =>
  fields.flatMap((f) => values.map(([name, value, message]) => [f[0], name, f, value, message] as const));

describe('required texts', () => {
  it.each(
    cases(
      REQUIRED,
      INVISIBLE.map(([n, v]) => [n, v, VISIBLE]),
    ),
  )('%s made of %s is refused and changes nothing', async (_f, _n, [, frame, key, payload, path], value, message) => {
    await expectRefused(frame, key, payload(value), path, message);
  });
});

describe('every text', () => {
  it.each(cases([...REQUIRED, ...OPTIONAL, ...KEYS], BROKEN))(
    '%s with %s is refused with a specific message and changes nothing',
    async (_f, _n, [, frame, key, payload, path], value, message) => {
      await expectRefused(frame, key, payload(value), path, message);
    },
  );

  it.each([...REQUIRED, ...OPTIONAL, ...KEYS].map((f) => [f[0], f[5], f] as const))(
    '%s longer than %p characters is refused and changes nothing',
    async (_f, max, [, frame, key, payload, path]) => {
      await expectRefused(frame, key, payload('a'.repeat(max + 1)), path, new RegExp(`at most ${max}|Use 1-40|Not an`));
    },
  );
});

const ACCEPTED: Array<[string, string]> = [
  ['an emoji', 'Rollout done 🚀'],
  ['Arabic with no bidi control', 'تحسين خدمة الدعم'],
  ['Hebrew', 'שיפור השירות'],
  ['NFD "Ünïcödé"', 'Ünïcödé'.normalize('NFD')],
  ['a family emoji (zero-width joiners inside)', 'Team 👨‍👩‍👧'],
  ['Devanagari with combining marks', 'नमस्ते'],
  ['Japanese', '日本語のテキスト'],
  ['a heart with its variation selector', 'We ❤️ it'],
  ['a zero-width space between letters', 'a\u200Bb'],
  ['exactly the maximum length', 'x'.repeat(4000)],
];

describe('visible texts are accepted as sent', () => {
  it.each(ACCEPTED)('an update saying %s is stored and shown unchanged', async (_name, value) => {
    const { envelope } = await invokeAs<PanelData>(
      host,
      editorPanel,
      'issuePanel.postUpdate',
      update({ whatChanged: value }),
    );
    expect(envelope.ok ? 'ok' : envelope.error).toBe('ok');
    if (envelope.ok) expect(envelope.data.updates[0]?.whatChanged).toBe(value);
  });

  it.each(ACCEPTED.filter(([, v]) => v.length <= 120))('a KPI named with %s is saved', async (_name, value) => {
    const { envelope } = await invokeAs<PanelData>(host, editorPanel, 'issuePanel.savePlan', kpiPlan(value));
    expect(envelope.ok ? 'ok' : envelope.error).toBe('ok');
    if (envelope.ok) expect(envelope.data.plan.kpi?.name).toBe(value);
  });

  it.each(ACCEPTED.filter(([, v]) => v.length <= 100))('a user search for %s is answered', async (_name, value) => {
    const { envelope } = await invokeAs(host, admin, 'admin.findUsers', { query: value });
    expect(envelope.ok ? 'ok' : envelope.error).toBe('ok');
  });
});

describe('optional texts with nothing visible', () => {
  it.each(INVISIBLE)('an update whose risks are %s stores no risks', async (_name, value) => {
    const { envelope } = await invokeAs<PanelData>(
      host,
      editorPanel,
      'issuePanel.postUpdate',
      update({ risks: value }),
    );
    expect(envelope.ok ? 'ok' : envelope.error).toBe('ok');
    if (envelope.ok) expect(envelope.data.updates[0]?.risks).toBe('');
  });
});
