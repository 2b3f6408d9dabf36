import { kvs } from '@forge/kvs';
import { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { appendDecision } from '../../src/adapters/storage/decision-log.repository';
import { decisionKey, ENTITIES, KEYS, LOG_HEAD_KEY } from '../../src/adapters/storage/keys';
import type { DecisionDraft } from '../../src/domain/decision-log/decision-entry';

const draft = (n: number): DecisionDraft => ({
  type: 'pause',
  subject: { issueKey: 'CSI-1', issueId: '10001', projectKey: 'CSI' },
  summary: `entry ${n}`,
  rationale: 'Incremental verification test',
  optionsConsidered: [],
  payload: {},
});

type Verified = { status: string; throughSeq: number; atSeq: number | null; mode: string; checked: number };

/**
 * The hourly `csi-verify-log` scheduled trigger on the local host, as the platform runs it
 * (manifest-reference/modules/scheduled-trigger). Only `Date` is faked, to pin the hour of day the
 * verifier plans by; timers and the host run as usual. KVS operations are counted per invocation.
 */
describe('the scheduled decision-log verifier', () => {
  let host: LocalHost;
  let appended = 0;

  const append = (n: number) =>
    host.runtime.run('test', 'append', USERS.csiAdmin, undefined, async () => {
      for (let i = 0; i < n; i += 1) {
        appended += 1;
        await appendDecision(
          draft(appended),
          { accountId: USERS.csiAdmin, displayName: 'Chen' },
          new Date().toISOString(),
        );
      }
    });
  const run = async (at: string) => {
    jest.setSystemTime(new Date(at));
    const result = (await host.runner.runScheduled('csi-verify-log')) as Verified;
    const call = host.stats.calls.filter((c) => c.functionKey === 'verify-log-fn').at(-1);
    if (!call) throw new Error('no verify-log invocation recorded');
    return { result, kvs: { reads: call.kvsReads, queries: call.kvsQueries, writes: call.kvsWrites } };
  };
  /** Rewrites one stored entry's summary without re-hashing it, as someone with storage access could. */
  const tamper = (seq: number) =>
    host.runtime.run('test', 'tamper', undefined, undefined, async () => {
      const decisions = kvs.entity<{ entry: Record<string, unknown> }>(ENTITIES.decision);
      const stored = await decisions.get(decisionKey(seq));
      if (!stored) throw new Error(`no entry ${seq}`);
      await decisions.set(decisionKey(seq), { ...stored, entry: { ...stored.entry, summary: 'nothing to see' } });
    });
  const storeRecord = (value: unknown) =>
    host.runtime.run('test', 'record', undefined, undefined, () => kvs.set(KEYS.logVerification, value));

  beforeEach(async () => {
    jest.useFakeTimers({
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
      now: new Date('2026-06-01T04:00:00.000Z'),
    });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    host = new LocalHost({ dbFile: ':memory:' });
    appended = 0;
    await append(450);
  }, 120_000);
  afterEach(() => {
    host.close();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('walks the whole chain once, then reads only the pages of entries appended since', async () => {
    const first = await run('2026-06-01T05:10:00.000Z');
    expect(first.result).toEqual({ status: 'verified', throughSeq: 450, atSeq: null, mode: 'full', checked: 450 });
    expect(first.kvs.queries).toBeGreaterThanOrEqual(5);
    await append(30);
    const second = await run('2026-06-01T06:10:00.000Z');
    expect(second.result).toEqual({
      status: 'verified',
      throughSeq: 480,
      atSeq: null,
      mode: 'incremental',
      checked: 30,
    });
    // The record, the head before and after the walk, one page of 30 entries to the end of the
    // index; the last seal the app remembers (compared with the seals in Jira, issue 8 item 4);
    // then the record is saved.
    expect(second.kvs).toEqual({ reads: 4, queries: 1, writes: 1 });
    const idle = await run('2026-06-01T07:10:00.000Z');
    expect(idle.result).toMatchObject({ status: 'verified', mode: 'incremental', checked: 0 });
    // Still one query: entries past the head or under other keys must be looked for every run.
    expect(idle.kvs).toEqual({ reads: 4, queries: 1, writes: 1 });
  });

  it('finds an entry tampered after the verified point on the next hourly run', async () => {
    await run('2026-06-01T05:10:00.000Z');
    await append(20);
    await tamper(462);
    const next = await run('2026-06-01T06:10:00.000Z');
    expect(next.result).toMatchObject({ status: 'broken', atSeq: 462, mode: 'incremental' });
    expect(next.kvs.queries).toBe(1);
  });

  it('walks in full on the first run of a UTC day and finds an entry tampered before the verified point', async () => {
    await run('2026-06-01T05:10:00.000Z');
    await tamper(120);
    expect((await run('2026-06-01T06:10:00.000Z')).result).toMatchObject({ status: 'verified', mode: 'incremental' });
    expect((await run('2026-06-02T01:10:00.000Z')).result).toMatchObject({
      status: 'broken',
      atSeq: 120,
      mode: 'full',
    });
  });

  it.each([
    ['missing', undefined],
    ['junk', 'not a record'],
    [
      'a record whose checkpoint is not a hash',
      {
        status: 'verified',
        throughSeq: 450,
        atSeq: null,
        reason: null,
        verifiedAt: '2026-06-01T05:10:00.000Z',
        checkpoint: { seq: 450, hash: 'x' },
        fullAt: '2026-06-01T05:10:00.000Z',
      },
    ],
  ])('walks in full when the stored verification is %s', async (_label, record) => {
    await run('2026-06-01T05:10:00.000Z');
    await tamper(120);
    if (record === undefined)
      await host.runtime.run('test', 'drop', undefined, undefined, () =>
        kvs.transact().delete(KEYS.logVerification).execute(),
      );
    else await storeRecord(record);
    expect((await run('2026-06-01T06:10:00.000Z')).result).toMatchObject({
      status: 'broken',
      atSeq: 120,
      mode: 'full',
    });
  });

  it('cannot be talked out of the daily full walk by a tampered record (the limit is one day)', async () => {
    await run('2026-06-01T05:10:00.000Z');
    await tamper(120);
    // The attacker also moves the checkpoint to the head and claims a fresh full walk: hourly runs trust it...
    const head = await host.runtime.run('test', 'head', undefined, undefined, () =>
      kvs.entity<{ seq: number; hash: string }>(ENTITIES.logHead).get(LOG_HEAD_KEY),
    );
    await storeRecord({
      status: 'verified',
      throughSeq: 450,
      atSeq: null,
      reason: null,
      verifiedAt: '2026-06-01T23:10:00.000Z',
      mode: 'full',
      checkpoint: head,
      fullAt: '2026-06-01T23:10:00.000Z',
    });
    expect((await run('2026-06-01T23:40:00.000Z')).result).toMatchObject({ status: 'verified', mode: 'incremental' });
    // ...but the 00:00 UTC hour walks the whole chain whatever the record says.
    expect((await run('2026-06-02T00:10:00.000Z')).result).toMatchObject({
      status: 'broken',
      atSeq: 120,
      mode: 'full',
    });
  });
});
