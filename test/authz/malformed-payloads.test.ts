import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { RESOLVERS_BY_FUNCTION } from '../../src/adapters/resolvers/registry';
import { fuzzCases } from '../support/malformed';
import { FIXTURES } from '../support/resolver-fixtures';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Issue 8, item 5: a fuzzer whose cases are written without the contract schemas (test/support/
 * malformed.ts), run through the real resolvers on the local host. Every answer is a well-formed
 * envelope, never INTERNAL and never a stack trace; a refused call changes nothing in storage (a
 * count of every KVS write); a case a correct schema must accept is not refused as invalid.
 */
const PER_RESOLVER = 120;
const definitions = Object.values(RESOLVERS_BY_FUNCTION).flat();
const STACK = /\n\s+at |\bat [\w.<>]+ \(|\.tsx?:\d+|\.js:\d+|TypeError|ReferenceError|RangeError|SyntaxError/;

let host: LocalHost;
let kvsWrites: () => number;
beforeAll(async () => {
  host = await seededHost();
  kvsWrites = countKvsWrites();
}, 120_000);
afterAll(() => host.close());

/**
 * Every write to KVS storage (items and index entries), counted by temporary SQLite triggers: a
 * refused call must not write at all, not even a row back as it was. (Hashing every row before and
 * after each case took minutes.)
 */
function countKvsWrites(): () => number {
  host.db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS kvs_write_count (n INTEGER NOT NULL); INSERT INTO kvs_write_count VALUES (0);',
  );
  for (const table of ['kvs_items', 'kvs_index_entries'])
    for (const op of ['INSERT', 'UPDATE', 'DELETE'])
      host.db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS count_${table}_${op} AFTER ${op} ON main.${table} BEGIN UPDATE kvs_write_count SET n = n + 1; END;`,
      );
  const read = host.db.prepare('SELECT n FROM kvs_write_count').pluck();
  return () => read.get() as number;
}

function wellFormed(envelope: unknown): string | null {
  if (envelope === null || typeof envelope !== 'object') return 'not an object';
  const e = envelope as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } };
  if (e.ok === true) return 'data' in e ? null : 'ok without data';
  if (e.ok !== false || typeof e.error?.code !== 'string' || typeof e.error.message !== 'string')
    return 'no error code';
  if (e.error.code === 'INTERNAL') return 'INTERNAL';
  return STACK.test(JSON.stringify(e.error)) ? 'a stack trace or raw error reaches the browser' : null;
}

describe('hostile payloads, generated without the contract schemas', () => {
  it.each(definitions.map((d) => [d.call.key, d] as const))(
    '%s: envelopes only, refusals write nothing, valid-looking cases pass the contract',
    async (key, def) => {
      const fixture = FIXTURES[key];
      if (!fixture) throw new Error(`No fixture for ${key}`);
      const frame = host.frames.create(fixture.frame(USERS.siteAdmin));
      const valid = await fixture.payload(host);
      const seed = [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
      const tally: Record<string, number> = {};
      let n = 0;
      for (const c of fuzzCases(valid, seed)) {
        // The platform refuses an invoke payload over 500 KB before the app runs (the host too).
        if (Buffer.byteLength(JSON.stringify(c.payload) ?? '') > 500_000) continue;
        if (n++ >= PER_RESOLVER) break;
        const before = kvsWrites();
        const { envelope } = await invokeAs(host, frame, key, c.payload);
        const shown = JSON.stringify(c.payload)?.slice(0, 200);
        const problem = wellFormed(envelope);
        if (problem)
          throw new Error(
            `${key}, ${c.kind} (seed ${seed}, case ${n}): ${problem}: ${JSON.stringify(envelope).slice(0, 300)} for ${shown}`,
          );
        const code = envelope.ok ? 'ok' : envelope.error.code;
        tally[code] = (tally[code] ?? 0) + 1;
        // The contract must take what a person could type (a business rule may still refuse it).
        const contract = def.call.input.safeParse(c.payload);
        if (c.mustAccept && !contract.success)
          throw new Error(
            `${key}'s contract refused a valid ${c.kind} (case ${n}): ${contract.error.message} for ${shown}`,
          );
        if (!envelope.ok && kvsWrites() !== before)
          throw new Error(`${key} answered ${code} to ${c.kind} (case ${n}) yet changed storage: ${shown}`);
      }
      expect(tally.INVALID_INPUT ?? 0).toBeGreaterThan(0);
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
    120_000,
  );
});
