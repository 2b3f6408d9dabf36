import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { defaultScoringConfig } from '../../src/domain/scoring/default-scoring-config';
import { invokeAs, seededHost } from '../support/seeded-host';

let host: LocalHost;
// The tables are built before the host starts: the default configuration is what the demo edits.
const { version: _version, ...defaults } = defaultScoringConfig();
const config = {
  ...defaults,
  criteria: defaults.criteria.map((c) => ({ ...c, levels: [...c.levels] })),
  enabledIssueTypes: [...defaults.enabledIssueTypes],
};
const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };
const panel = { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey: 'CSI-6' };

beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const withWeights = (weights: unknown[]) => ({
  ...config,
  criteria: config.criteria.map((c, i) => ({ ...c, weight: weights[i] ?? c.weight })),
});

describe('saving a scoring configuration with bad input', () => {
  it.each([
    ['a negative weight', withWeights([-1]), 'config.criteria.0.weight'],
    [
      'NaN (arrives as null through JSON)',
      JSON.parse(JSON.stringify(withWeights([NaN]))) as unknown,
      'config.criteria.0.weight',
    ],
    [
      'an infinite weight (arrives as null)',
      JSON.parse(JSON.stringify(withWeights([Infinity]))) as unknown,
      'config.criteria.0.weight',
    ],
    ['all weights zero', withWeights([0, 0, 0, 0]), 'config.criteria'],
    [
      'a duplicated criterion key',
      { ...config, criteria: [...config.criteria, { ...config.criteria[0] }] },
      'config.criteria.4.key',
    ],
    [
      'more than 20 criteria',
      { ...config, criteria: Array.from({ length: 21 }, (_, i) => ({ ...config.criteria[0], key: `c${i}` })) },
      'config.criteria',
    ],
  ])('%s gets a field error and changes nothing', async (_name, bad, path) => {
    const { envelope, writes } = await invokeAs(host, programme, 'programme.saveConfig', {
      config: bad,
      reason: 'Testing bad input',
    });
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(envelope.error.fieldErrors ?? {})).toContain(path);
    expect(writes).toEqual({ kvs: 0, rest: 0 });
  });
});

describe('rating and planning with bad input', () => {
  it.each([
    [
      'a rating of 0',
      'issuePanel.rate',
      { ratings: [{ criterionKey: 'effort', rating: 0, rationale: '' }] },
      'ratings.0.rating',
    ],
    [
      'a rating of 6',
      'issuePanel.rate',
      { ratings: [{ criterionKey: 'effort', rating: 6, rationale: '' }] },
      'ratings.0.rating',
    ],
    [
      'an unknown criterion',
      'issuePanel.rate',
      { ratings: [{ criterionKey: 'nonsense', rating: 3, rationale: '' }] },
      'ratings.0.criterionKey',
    ],
    [
      'a KPI baseline of zero',
      'issuePanel.savePlan',
      {
        plannedDurationDays: 30,
        kpi: { name: 'Tickets', direction: 'decrease', baseline: 0, expected: 5, thresholdPct: null },
      },
      'kpi.baseline',
    ],
    [
      'a KPI without a direction',
      'issuePanel.savePlan',
      { plannedDurationDays: 30, kpi: { name: 'Tickets', baseline: 10, expected: 5, thresholdPct: null } },
      'kpi.direction',
    ],
  ])('%s (%s) gets a field error and changes nothing', async (_name, key, payload, path) => {
    const { envelope, writes } = await invokeAs(host, panel, key, payload);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) return;
    expect(envelope.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(envelope.error.fieldErrors ?? {})).toContain(path);
    expect(writes).toEqual({ kvs: 0, rest: 0 });
  });
});
