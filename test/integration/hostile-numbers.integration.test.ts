import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { defaultScoringConfig } from '../../src/domain/scoring/default-scoring-config';
import { invokeAs, seededHost } from '../support/seeded-host';

/*
 * Hostile numbers through the local host, from explicit tables (never derived from the contracts'
 * schemas): each refusal answers INVALID_INPUT at the field, states the range, and writes nothing
 * (the host's own KVS and REST write counters); each acceptance keeps every shown number finite.
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const { version: _version, ...defaults } = defaultScoringConfig();
const config = () =>
  structuredClone({
    ...defaults,
    criteria: [...defaults.criteria],
    enabledIssueTypes: [...defaults.enabledIssueTypes],
  });
const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };
const panel = { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey: 'CSI-6' };

/** `1e309` as a browser's JSON.parse reads it (Infinity), written so because the literal itself overflows. */
const OVERFLOW = JSON.parse('1e309') as number;
const HOSTILE = [1e308, OVERFLOW, -OVERFLOW, 5e-324, Number.NaN, Infinity, '5', '1e3', null, true] as const;

type Patch = (c: ReturnType<typeof config>, v: unknown) => void;
const CONFIG_FIELDS: Array<[string, Patch, string, unknown[]]> = [
  [
    'config.criteria.0.weight',
    (c, v) => Object.assign(c.criteria[0]!, { weight: v }),
    'from 0 to 1000',
    [-1, 1001, 0.001],
  ],
  [
    'config.quickWin.maxDurationDays',
    (c, v) => Object.assign(c.quickWin, { maxDurationDays: v }),
    'whole number from 0 to 3650',
    [-1, 3651, 1.5],
  ],
  [
    'config.transformational.minEffort',
    (c, v) => Object.assign(c.transformational, { minEffort: v }),
    'whole number from 1 to 5',
    [0, 6, 4.5],
  ],
  [
    'config.balanceBand.min',
    (c, v) => Object.assign(c.balanceBand, { min: v }),
    'number from 0 to 100 (0, or at least 0.01 in size)',
    [-0.1, 100.1, 0.001],
  ],
  [
    'config.mviThresholdPct',
    (c, v) => Object.assign(c, { mviThresholdPct: v }),
    'number from 0 to 1000 (0, or at least 0.01 in size)',
    [-1, 1000.5],
  ],
];

const refusedConfigs = CONFIG_FIELDS.flatMap(([path, patch, range, extra]) =>
  [...HOSTILE, ...extra].map((value) => [path, String(value), patch, value, range] as const),
);

describe('hostile numbers in a scoring configuration', () => {
  it.each(refusedConfigs)(
    '%s = %s is refused with the range and changes nothing',
    async (path, _shown, patch, value, range) => {
      const bad = config();
      patch(bad, value);
      const { envelope, writes } = await invokeAs(host, programme, 'programme.saveConfig', {
        config: bad,
        reason: 'Hostile',
      });
      expect(envelope.ok ? 'ok' : envelope.error.code).toBe('INVALID_INPUT');
      if (envelope.ok) return;
      expect(envelope.error.fieldErrors?.[path]?.join(' ')).toContain(range);
      expect(writes).toEqual({ kvs: 0, rest: 0 });
    },
  );

  it.each([
    [
      'a weight of 0 beside positive ones',
      (c: ReturnType<typeof config>) => Object.assign(c.criteria[0]!, { weight: 0 }),
    ],
    ['a weight of 1000', (c: ReturnType<typeof config>) => Object.assign(c.criteria[1]!, { weight: 1000 })],
    ['a weight of 0.01', (c: ReturnType<typeof config>) => Object.assign(c.criteria[2]!, { weight: 0.01 })],
    ['durations of 0 days', (c: ReturnType<typeof config>) => Object.assign(c.quickWin, { maxDurationDays: 0 })],
  ])('accepts %s', async (_name, patch) => {
    const good = config();
    patch(good);
    const { envelope } = await invokeAs(host, programme, 'programme.saveConfig', { config: good, reason: 'Edge' });
    expect(envelope.ok ? 'ok' : envelope.error).toBe('ok');
  });
});

const plan = (overrides: { days?: unknown; baseline?: unknown; expected?: unknown; thresholdPct?: unknown }) => ({
  plannedDurationDays: 'days' in overrides ? overrides.days : 60,
  kpi: {
    name: 'Tickets per week',
    direction: 'decrease',
    baseline: 'baseline' in overrides ? overrides.baseline : 1240,
    expected: 'expected' in overrides ? overrides.expected : 950,
    thresholdPct: 'thresholdPct' in overrides ? overrides.thresholdPct : null,
  },
});

const DAYS = 'Enter a whole number from 0 to 3650';
const BASELINE = 'Enter a number from -1000000000 to 1000000000, not 0 and at least 0.000001 in size';
const EXPECTED = 'Enter a number from -1000000000 to 1000000000 (0, or at least 0.000001 in size)';
const THRESHOLD = 'Enter a number from 0 to 1000 (0, or at least 0.01 in size)';
/** `null` means "none" for the planned duration and the KPI's own threshold. */
const NULLABLE_HOSTILE = HOSTILE.filter((v) => v !== null);
const ZERO_BASELINE = /baseline of 0|not 0/;

const refusedPlans: Array<[string, unknown, string, string | RegExp]> = [
  ...[-1, 3651, 1.5, ...NULLABLE_HOSTILE].map(
    (v) => [`days ${String(v)}`, plan({ days: v }), 'plannedDurationDays', DAYS] as [string, unknown, string, string],
  ),
  ...[0, -0, 5e-324, 1e-300, 1e-7, 1e300, -1e308, ...HOSTILE].map(
    (v) =>
      [`baseline ${String(v)}`, plan({ baseline: v }), 'kpi.baseline', v === 0 ? ZERO_BASELINE : BASELINE] as [
        string,
        unknown,
        string,
        string | RegExp,
      ],
  ),
  ...[5e-324, 1e-7, 1.5e9, ...HOSTILE].map(
    (v) =>
      [`expected ${String(v)}`, plan({ expected: v }), 'kpi.expected', EXPECTED] as [string, unknown, string, string],
  ),
  ...[-1, 1001, 0.001, ...NULLABLE_HOSTILE].map(
    (v) =>
      [`threshold ${String(v)}`, plan({ thresholdPct: v }), 'kpi.thresholdPct', THRESHOLD] as [
        string,
        unknown,
        string,
        string,
      ],
  ),
];

describe('hostile numbers in an initiative plan', () => {
  it.each(refusedPlans)('%s is refused with the range and changes nothing', async (_name, payload, path, message) => {
    const { envelope, writes } = await invokeAs(host, panel, 'issuePanel.savePlan', payload);
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('INVALID_INPUT');
    if (envelope.ok) return;
    const shown = envelope.error.fieldErrors?.[path] ?? [];
    if (typeof message === 'string') expect(shown).toContain(message);
    else expect(shown.join(' ')).toMatch(message);
    expect(writes).toEqual({ kvs: 0, rest: 0 });
  });

  it.each([
    ['0 days', plan({ days: 0 }), null],
    ['3650 days', plan({ days: 3650 }), null],
    ['an expected value of 0 (all tickets gone)', plan({ expected: 0 }), 100],
    [
      'a negative baseline',
      { ...plan({}), kpi: { ...plan({}).kpi, direction: 'increase', baseline: -10, expected: -8 } },
      20,
    ],
    ['the smallest baseline', plan({ baseline: 0.000001, expected: 1e9 }), null],
    ['the largest values', plan({ baseline: 1e9, expected: -1e9 }), 200],
  ])('accepts %s and shows only finite numbers', async (_name, payload, improvementPct) => {
    const { envelope } = await invokeAs<PanelData>(host, panel, 'issuePanel.savePlan', payload);
    expect(envelope.ok ? 'ok' : envelope.error).toBe('ok');
    if (!envelope.ok) return;
    const mvi = envelope.data.score?.mvi;
    expect(mvi?.message ?? '').not.toMatch(/Infinity|NaN|e\+/);
    expect(Number.isFinite(mvi?.improvementPct ?? 0)).toBe(true);
    if (improvementPct !== null) expect(mvi?.improvementPct).toBe(improvementPct);
  });
});
