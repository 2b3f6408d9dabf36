import { buildDraft, buildLog } from '../testing/build-decision-log';
import { appendEntry } from './append-entry';
import { createChainVerifier } from './create-chain-verifier';
import type { DecisionEntry } from './decision-entry';
import { hashEntry } from './hash-entry';

const log = buildLog(20);
const at = (seq: number) => log[seq - 1] as DecisionEntry;
const headAt = (seq: number) => ({ seq, hash: at(seq).hash });
const head = headAt(20);
const rehash = (entry: DecisionEntry): DecisionEntry => ({ ...entry, hash: hashEntry(entry) });

/** Pushes `entries` into a verifier that resumes after `from` and returns its result. */
const resume = (from: { seq: number; hash: string }, entries: unknown[], expected = head) => {
  const verifier = createChainVerifier(expected, from);
  entries.every((entry) => verifier.push(entry));
  return verifier.result();
};

describe('createChainVerifier resuming after a verified entry', () => {
  it('checks only the entries after it and counts only those', () => {
    expect(resume(headAt(15), log.slice(15))).toEqual({ status: 'verified', throughSeq: 20, count: 5 });
  });

  it('verifies with nothing to read when the head is still the verified entry', () => {
    expect(resume(head, [])).toEqual({ status: 'verified', throughSeq: 20, count: 0 });
  });

  it.each<[string, () => unknown[], number, string]>([
    [
      'an edited entry after it',
      () => log.slice(15).map((e) => (e.seq === 18 ? { ...e, summary: 'x' } : e)),
      18,
      'hash-mismatch',
    ],
    ['a deleted entry after it', () => log.slice(15).filter((e) => e.seq !== 17), 17, 'missing-entry'],
    [
      'the next entry re-linked to a rewritten verified entry',
      () => [rehash({ ...at(16), prevHash: 'b'.repeat(64) }), ...log.slice(16)],
      15,
      'unlinked',
    ],
    ['truncation after it', () => log.slice(15, 18), 19, 'truncated'],
  ])('detects %s', (_label, entries, atSeq, reason) => {
    expect(resume(headAt(15), entries())).toMatchObject({ status: 'broken', atSeq, reason });
  });

  it('detects history rewritten consistently from before the verified entry, head included', () => {
    const forged = appendEntry(headAt(14), buildDraft(99), 'x', 'forged');
    const fork = [appendEntry({ seq: 15, hash: forged.hash }, buildDraft(98), 'x', 'forged')];
    expect(resume(headAt(15), fork, { seq: 16, hash: (fork[0] as DecisionEntry).hash })).toMatchObject({
      status: 'broken',
      atSeq: 15,
      reason: 'unlinked',
    });
  });

  it('detects a head moved back behind the verified entry', () => {
    expect(resume(headAt(15), [], headAt(12))).toMatchObject({ status: 'broken', atSeq: 13, reason: 'truncated' });
  });

  it('detects a replaced last entry when no entry was added since', () => {
    expect(resume(headAt(15), [], { seq: 15, hash: 'c'.repeat(64) })).toMatchObject({
      status: 'broken',
      atSeq: 15,
      reason: 'head-mismatch',
    });
  });
});
