import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CallContract } from '../../src/contracts/call';
import type { Envelope } from '../../src/contracts/envelope';
import { newRequestId, retriesTransient, takesRequestId, withRetries } from '../../static/src/api/call-policy';

/**
 * The UI's call policy (static/src/api/call-policy.ts) against the contracts: every write whose
 * schema takes a request id gets one from the client, and only reads and such writes are retried
 * on UNAVAILABLE (a retried write without an id could apply twice).
 */
type AnyCall = CallContract<never, unknown>;
const isCall = (v: unknown): v is AnyCall =>
  typeof v === 'object' && v !== null && typeof (v as AnyCall).key === 'string' && 'input' in v;
// Every call every contract declares: a new contract is covered without being listed here.
const contracts = join(__dirname, '../../src/contracts');
const calls = readdirSync(contracts)
  .filter((f) => f.endsWith('.contract.ts'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the files are found at run time
  .flatMap((f) => Object.values(require(join(contracts, f)) as Record<string, unknown>))
  .flatMap((group) => (typeof group === 'object' && group !== null ? Object.values(group) : []))
  .filter(isCall);
const shapeOf = (call: (typeof calls)[number]) =>
  (call.input as unknown as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape ?? {};

describe('the UI call policy', () => {
  it('finds the calls of every contract', () => {
    expect(calls.map((c) => c.key)).toEqual(
      expect.arrayContaining(['issuePanel.rate', 'pir.saveSection', 'maturity.rate']),
    );
  });

  it('adds a request id to exactly the calls whose contract takes one (the grid names its own)', () => {
    const withId = calls.filter((c) => 'requestId' in shapeOf(c)).map((c) => c.key);
    expect(withId.filter((k) => !takesRequestId(k))).toEqual(['projectPage.rateRow']);
    expect(calls.map((c) => c.key).filter((k) => takesRequestId(k) && !withId.includes(k))).toEqual([]);
  });

  it('never retries a write that carries no request id', () => {
    const unsafe = calls.filter(
      (c) => retriesTransient(c.key) && /\.(save|set(?![a-z])|delete|rate|reject|post|record)/.test(c.key),
    );
    expect(unsafe.filter((c) => !takesRequestId(c.key)).map((c) => c.key)).toEqual([]);
    expect(retriesTransient('projectPage.saveView')).toBe(false);
    expect(retriesTransient('projectPage.deleteView')).toBe(false);
  });

  it('makes ids the contracts accept, a new one each time', () => {
    const [a, b] = [newRequestId(), newRequestId()];
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(a).not.toBe(b);
  });
});

describe('withRetries', () => {
  const busy: Envelope<number> = { ok: false, error: { code: 'UNAVAILABLE', message: 'busy' } };
  it('tries three times on UNAVAILABLE and answers the first success', async () => {
    const answers = [busy, busy, { ok: true as const, data: 7 }];
    const seen: number[] = [];
    const result = await withRetries((n) => (seen.push(n), Promise.resolve(answers[n]!)), [0, 0]);
    expect(result).toEqual({ ok: true, data: 7 });
    expect(seen).toEqual([0, 1, 2]);
  });

  it('stops after the third attempt and answers the last error; other errors are not retried', async () => {
    let count = 0;
    expect(await withRetries(() => (count++, Promise.resolve(busy)), [0, 0])).toEqual(busy);
    expect(count).toBe(3);
    const refused: Envelope<number> = { ok: false, error: { code: 'INVALID_INPUT', message: 'no' } };
    count = 0;
    expect(await withRetries(() => (count++, Promise.resolve(refused)), [0, 0])).toEqual(refused);
    expect(count).toBe(1);
  });
});
