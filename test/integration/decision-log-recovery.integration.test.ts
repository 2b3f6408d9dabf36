import { kvs } from '@forge/kvs';
import { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { appendDecision } from '../../src/adapters/storage/decision-log.repository';
import { decisionKey, ENTITIES, KEYS, LOG_HEAD_KEY } from '../../src/adapters/storage/keys';
import type { DecisionDraft } from '../../src/domain/decision-log/decision-entry';

const draft = (who: number, n: number): DecisionDraft => ({
  type: 'pause',
  subject: { issueKey: 'CSI-1', issueId: '10001', projectKey: 'CSI' },
  summary: `appender ${who} entry ${n}`,
  rationale: 'Recovery concurrency test',
  optionsConsidered: [],
  payload: {},
});

const NOT_THE_CLOCK = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

type Verified = { status: string; throughSeq: number; atSeq: number | null; checked: number };

/**
 * Appends race through the conditional head transaction (storage-reference/transactions) also when
 * the log was tampered with, and a verification running while entries are appended reports no
 * false break: an entry seen past the head read before the walk is compared with the head re-read
 * after it.
 */
describe('decision-log appends under concurrency, after tampering and during verification', () => {
  let host: LocalHost;
  beforeEach(() => {
    // Only the clock is fixed, at noon UTC: a run in the 00:00 UTC hour walks the whole chain by design
    // (planVerification), and these cases count the entries an incremental run reads.
    jest.useFakeTimers({ now: new Date('2026-06-01T12:00:00Z'), doNotFake: [...NOT_THE_CLOCK] });
    host = new LocalHost({ dbFile: ':memory:' });
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    host.close();
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  const appenders = (count: number, each: number) =>
    Promise.all(
      Array.from({ length: count }, (_, who) =>
        host.runtime.run('test', `appender-${who}`, USERS.csiAdmin, undefined, async () => {
          for (let n = 0; n < each; n += 1) {
            await appendDecision(
              draft(who, n),
              { accountId: USERS.csiAdmin, displayName: 'Chen' },
              new Date().toISOString(),
            );
          }
        }),
      ),
    );
  const verify = () => host.runner.runScheduled('csi-verify-log') as Promise<Verified>;
  const asApp = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'tamper', undefined, undefined, fn);
  const head = () =>
    asApp(async () => (await kvs.entity<{ seq: number; hash: string }>(ENTITIES.logHead).get(LOG_HEAD_KEY))!);

  it('20 appenders racing past an entry that occupies the next key make one chain after the gap', async () => {
    await appenders(1, 10);
    expect((await verify()).status).toBe('verified');
    // A copy of entry 10 stored as entry 11, beside the chain: the next key is taken, the head stays.
    await asApp(async () => {
      const decisions = kvs.entity<Record<string, unknown> & { entry: Record<string, unknown> }>(ENTITIES.decision);
      const ten = (await decisions.get(decisionKey(10)))!;
      await decisions.set(decisionKey(11), { ...ten, seq: 11 });
    });
    await appenders(20, 5);
    const h = await head();
    expect(h.seq).toBe(111);
    const result = await verify();
    expect(result).toMatchObject({ status: 'broken', atSeq: 11 });
    // Every entry after the verified #10 was read (an incremental run), and all from #12 chain on from #10.
    expect(result.checked).toBe(101);
    const record = await asApp(() => kvs.get<{ reason: string }>(KEYS.logVerification));
    expect(record?.reason).toMatch(
      /entries #11 to #11 are outside the chain, new entries chain on from #10 at #12 and verify through #111/,
    );
  }, 120_000);

  it('a verification running while entries are appended reports no false break', async () => {
    await appenders(1, 20);
    const [, during] = await Promise.all([appenders(10, 10), verify()]);
    expect(during.status).toBe('verified');
    expect(await verify()).toMatchObject({ status: 'verified', throughSeq: 120 });
  }, 120_000);
});
