import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { RESOLVERS_BY_FUNCTION } from '../../src/adapters/resolvers/registry';
import { malformedVariants } from '../support/malformed';
import { FIXTURES } from '../support/resolver-fixtures';
import { invokeAs, seededHost } from '../support/seeded-host';

const PER_RESOLVER = 1000;
const definitions = Object.values(RESOLVERS_BY_FUNCTION).flat();

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

describe('malformed payloads', () => {
  it.each(definitions.map((d) => [d.call.key, d] as const))(
    '%s: 1,000 generated variants all get INVALID_INPUT with field errors and write nothing',
    async (key, def) => {
      const fixture = FIXTURES[key];
      if (!fixture) throw new Error(`No fixture for ${key}`);
      const frame = host.frames.create(fixture.frame(USERS.siteAdmin));
      const valid = await fixture.payload(host);
      const outcomes: Record<string, number> = {};
      let tested = 0;
      for (const { kind, payload } of malformedVariants(valid, key.length * 7919)) {
        if (tested >= PER_RESOLVER) break;
        // Keep only variants the contract refuses; `__proto__` keys are always refused.
        if (kind !== '__proto__' && def.call.input.safeParse(payload).success) continue;
        tested += 1;
        const { envelope, writes } = await invokeAs(host, frame, key, payload);
        const code = envelope.ok ? 'ok' : envelope.error.code;
        outcomes[code] = (outcomes[code] ?? 0) + 1;
        if (code !== 'INVALID_INPUT' || writes.kvs + writes.rest > 0) {
          throw new Error(
            `${key} accepted a ${kind} variant (${code}, writes ${JSON.stringify(writes)}): ${JSON.stringify(payload).slice(0, 300)}`,
          );
        }
        if (!envelope.ok) expect(Object.keys(envelope.error.fieldErrors ?? {}).length).toBeGreaterThan(0);
      }
      expect(outcomes).toEqual({ INVALID_INPUT: PER_RESOLVER });
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
    120_000,
  );
});
