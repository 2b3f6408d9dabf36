import type { LocalHost } from '../../local/host';
import { RESOLVERS_BY_FUNCTION } from '../../src/adapters/resolvers/registry';
import { FIXTURES, grantsOf, ROLES } from '../support/resolver-fixtures';
import { invokeAs, seededHost } from '../support/seeded-host';

// A call served by two functions (the maturity assessor's, on the programme page and in the macro)
// has a fixture per function, keyed `function/call`.
const definitions = Object.entries(RESOLVERS_BY_FUNCTION).flatMap(([fn, defs]) =>
  defs.map((def) => ({
    ...def,
    fixtureKey: FIXTURES[`${fn}/${def.call.key}`] ? `${fn}/${def.call.key}` : def.call.key,
  })),
);

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

describe('every registered resolver', () => {
  it('has a fixture, so the matrix below covers it', () => {
    const missing = definitions.map((d) => d.fixtureKey).filter((key) => !FIXTURES[key]);
    expect(missing).toEqual([]);
  });

  describe.each(definitions.map((d) => [d.fixtureKey, d] as const))('%s', (fixtureKey, def) => {
    const key = def.call.key;
    it('succeeds for at least one seeded role', async () => {
      const fixture = FIXTURES[fixtureKey];
      if (!fixture) throw new Error(`No fixture for ${key}`);
      const outcomes = [];
      for (const accountId of ROLES) {
        if (!def.requires.every((p) => grantsOf(host, accountId)[p])) continue;
        const { envelope } = await invokeAs(host, fixture.frame(accountId), key, await fixture.payload(host));
        outcomes.push(envelope.ok);
      }
      expect(outcomes).toContain(true);
    });
    it.each(ROLES)(
      'as %s: allowed exactly when the declared permissions hold; a refusal writes nothing',
      async (accountId) => {
        const fixture = FIXTURES[fixtureKey];
        if (!fixture) throw new Error(`No fixture for ${key}`);
        const grants = grantsOf(host, accountId);
        const allowed =
          def.requires.every((p) => grants[p]) &&
          ((fixture.subjectNeeds ?? []).every((p) => grants[p]) || (fixture.alsoAllowed ?? []).includes(accountId));
        const { envelope, writes } = await invokeAs(host, fixture.frame(accountId), key, await fixture.payload(host));
        if (allowed) {
          expect(envelope.ok ? 'ok' : envelope.error.code).not.toBe('FORBIDDEN');
        } else {
          expect(envelope.ok ? 'ok' : envelope.error.code).toBe('FORBIDDEN');
          expect(writes).toEqual({ kvs: 0, rest: 0 });
        }
      },
    );
  });
});

describe('forged identity and ids in payloads', () => {
  it.each([
    ['issuePanel.get', { issueKey: 'CSI-2' }],
    ['issuePanel.get', { issueId: '10002' }],
    ['issuePanel.rate', { accountId: 'u-site-admin', ratings: [{ criterionKey: 'effort', rating: 1, rationale: '' }] }],
    ['projectPage.portfolio', { projectKey: 'OPS', filters: {}, limit: 5 }],
    ['macro.decisionLog', { pageId: '99999' }],
  ])('%s with %j is refused and writes nothing', async (key, payload) => {
    const fixture = FIXTURES[key];
    if (!fixture) throw new Error(`No fixture for ${key}`);
    const { envelope, writes } = await invokeAs(host, fixture.frame('u-editor'), key, payload);
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('FORBIDDEN');
    expect(writes).toEqual({ kvs: 0, rest: 0 });
  });
});
