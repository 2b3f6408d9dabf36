import { buildLog } from '../../domain/testing/build-decision-log';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import type { LastVerification } from '../../domain/decision-log/plan-verification';
import { verifyDecisionLog, type VerificationRecord, type VerifyPorts } from './verify-decision-log.use-case';

const ENTRIES = buildLog(1_000);

/** An in-memory log of `size` entries that counts what a run reads; the saved record is the next `last`. */
function memoryLog(size: number) {
  const entries: unknown[] = ENTRIES.slice(0, size);
  const reads = { pages: 0, entries: 0 };
  let saved: VerificationRecord | undefined;
  const ports: VerifyPorts = {
    head: () => {
      const last = entries[entries.length - 1] as DecisionEntry | undefined;
      return Promise.resolve(
        last ? { state: 'ok' as const, head: { seq: last.seq, hash: last.hash } } : { state: 'missing' as const },
      );
    },
    *pagesAfter(afterSeq) {
      for (let i = afterSeq; i < entries.length; i += 100) {
        reads.pages += 1;
        const page = entries.slice(i, i + 100).map((entry) => ({ entry }));
        reads.entries += page.length;
        yield page;
      }
    },
    entryAt: (seq) => Promise.resolve(entries[seq - 1]),
    last: () => Promise.resolve(saved && saved.checkpoint && saved.fullAt ? (saved as LastVerification) : undefined),
    save: (record) => {
      saved = record;
      return Promise.resolve();
    },
  };
  return {
    entries,
    reads,
    ports,
    grow: (n: number) => entries.push(...ENTRIES.slice(entries.length, entries.length + n)),
  };
}

const MORNING = '2026-06-01T05:10:00.000Z';
const LATER = '2026-06-01T06:10:00.000Z';

describe('verifyDecisionLog', () => {
  it('walks the whole chain first, then only the entries appended since', async () => {
    const log = memoryLog(900);
    expect(await verifyDecisionLog(log.ports, MORNING)).toMatchObject({
      status: 'verified',
      mode: 'full',
      checked: 900,
    });
    expect(log.reads).toEqual({ pages: 9, entries: 900 });
    log.grow(37);
    log.reads.pages = log.reads.entries = 0;
    const second = await verifyDecisionLog(log.ports, LATER);
    expect(second).toMatchObject({ status: 'verified', mode: 'incremental', throughSeq: 937, checked: 37 });
    expect(second.fullAt).toBe(MORNING);
    expect(log.reads).toEqual({ pages: 1, entries: 37 });
  });

  it('reads nothing when nothing was appended', async () => {
    const log = memoryLog(300);
    await verifyDecisionLog(log.ports, MORNING);
    log.reads.pages = 0;
    expect(await verifyDecisionLog(log.ports, LATER)).toMatchObject({ status: 'verified', checked: 0 });
    expect(log.reads.pages).toBe(0);
  });

  it('finds an entry edited after the verified point on the next run', async () => {
    const log = memoryLog(300);
    await verifyDecisionLog(log.ports, MORNING);
    log.grow(10);
    log.entries[304] = { ...(log.entries[304] as DecisionEntry), summary: 'nothing to see' };
    expect(await verifyDecisionLog(log.ports, LATER)).toMatchObject({
      status: 'broken',
      mode: 'incremental',
      atSeq: 305,
      checkpoint: null,
    });
  });

  it('leaves an edit before the verified point to the next full walk, which finds it', async () => {
    const log = memoryLog(300);
    await verifyDecisionLog(log.ports, MORNING);
    log.entries[99] = { ...(log.entries[99] as DecisionEntry), rationale: 'rewritten' };
    expect(await verifyDecisionLog(log.ports, LATER)).toMatchObject({ status: 'verified', mode: 'incremental' });
    expect(await verifyDecisionLog(log.ports, '2026-06-02T00:10:00.000Z')).toMatchObject({
      status: 'broken',
      mode: 'full',
      atSeq: 100,
      reason: expect.stringMatching(/does not match its hash/),
    });
  });

  it('keeps walking in full while the chain is broken', async () => {
    const log = memoryLog(300);
    log.entries[49] = { ...(log.entries[49] as DecisionEntry), summary: 'edited' };
    expect(await verifyDecisionLog(log.ports, MORNING)).toMatchObject({ status: 'broken', atSeq: 50 });
    expect(await verifyDecisionLog(log.ports, LATER)).toMatchObject({ status: 'broken', mode: 'full', atSeq: 50 });
  });

  it('records an empty log as empty, resumable from genesis', async () => {
    const log = memoryLog(0);
    expect(await verifyDecisionLog(log.ports, MORNING)).toMatchObject({ status: 'empty', checkpoint: { seq: 0 } });
    log.grow(3);
    expect(await verifyDecisionLog(log.ports, LATER)).toMatchObject({
      status: 'verified',
      mode: 'incremental',
      checked: 3,
    });
  });
});
