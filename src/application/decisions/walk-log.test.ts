import { createChainVerifier } from '../../domain/decision-log/create-chain-verifier';
import { appendEntry } from '../../domain/decision-log/append-entry';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { indexOf } from '../../domain/decision-log/entry-index';
import { buildDraft, buildLog } from '../../domain/testing/build-decision-log';
import { walkLog, type StoredRow } from './walk-log';

const log = buildLog(10);
const row = (entry: DecisionEntry): StoredRow => ({ entry, index: indexOf(entry), misplaced: false });
const at = (seq: number) => log[seq - 1] as DecisionEntry;
const entryAt = (seq: number) => Promise.resolve(log[seq - 1]);
const head = (e: DecisionEntry) => ({ seq: e.seq, hash: e.hash });

describe('walkLog', () => {
  it('verifies an intact log to its last entry', async () => {
    const walked = await walkLog([log.map(row)], createChainVerifier(undefined), entryAt);
    expect(walked).toMatchObject({ firstBreak: null, resumed: null, checked: 10 });
    expect(walked.tail.last()).toEqual(head(at(10)));
  });

  it('breaks at an entry whose attributes disagree with its hashed content', async () => {
    const rows = log.map(row);
    rows[4] = { ...row(at(5)), index: { ...indexOf(at(5)), projectKey: 'OPS' } };
    const walked = await walkLog([rows], createChainVerifier(undefined), entryAt);
    expect(walked.firstBreak).toMatchObject({ atSeq: 5, reason: 'index-mismatch' });
  });

  it('breaks at an entry stored under a key that is not its own', async () => {
    const rows = log.map(row);
    rows[2] = { ...row(at(3)), misplaced: true };
    expect((await walkLog([rows], createChainVerifier(undefined), entryAt)).firstBreak).toMatchObject({ atSeq: 3 });
  });

  it('reports a gap and verifies on from an entry that chains on from an intact one', async () => {
    const forged = { ...at(9), summary: 'edited' };
    const resumed = appendEntry(null, buildDraft(11), 'account-1', at(10).at, {
      resume: { seq: 11, after: head(at(8)) },
    });
    const next = appendEntry(head(resumed), buildDraft(12), 'account-1', at(10).at);
    const rows = [...log.slice(0, 8), forged, at(10), resumed, next].map(row);
    const walked = await walkLog([rows], createChainVerifier(undefined), entryAt);
    expect(walked.firstBreak).toMatchObject({ atSeq: 9, reason: 'hash-mismatch' });
    expect(walked.resumed).toEqual({ after: 8, at: 11 });
    expect(walked.tail.result()).toMatchObject({ status: 'verified' });
    expect(walked.tail.last()).toEqual(head(next));
  });

  it('does not resume from an entry that claims to chain on from one it does not link to', async () => {
    const forged = { ...at(9), summary: 'edited' };
    const bogus = appendEntry(null, buildDraft(11), 'x', at(10).at, {
      resume: { seq: 11, after: { seq: 8, hash: 'f'.repeat(64) } },
    });
    const rows = [...log.slice(0, 8), forged, at(10), bogus].map(row);
    expect((await walkLog([rows], createChainVerifier(undefined), entryAt)).resumed).toBeNull();
  });
});
