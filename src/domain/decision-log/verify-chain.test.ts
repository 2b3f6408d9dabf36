import { buildDraft, buildLog } from '../testing/build-decision-log';
import { appendEntry } from './append-entry';
import { createChainVerifier } from './create-chain-verifier';
import type { DecisionEntry } from './decision-entry';
import { hashEntry } from './hash-entry';
import { verifyChain } from './verify-chain';

const log = buildLog(10);
const headOf = (entries: DecisionEntry[]) => {
  const last = entries[entries.length - 1] as DecisionEntry;
  return { seq: last.seq, hash: last.hash };
};
const head = headOf(log);
const at = (seq: number) => log[seq - 1] as DecisionEntry;
const rehash = (entry: DecisionEntry): DecisionEntry => ({ ...entry, hash: hashEntry(entry) });
const forge = (afterSeq: number) =>
  appendEntry(afterSeq === 0 ? null : headOf(log.slice(0, afterSeq)), buildDraft(99), 'x', 'forged');

describe('verifyChain', () => {
  it('verifies an untouched log, with or without the expected head', () => {
    expect(verifyChain(log, head)).toEqual({ status: 'verified', throughSeq: 10, count: 10 });
    expect(verifyChain(log)).toEqual({ status: 'verified', throughSeq: 10, count: 10 });
  });

  it('verifies an empty log against no head or an empty head', () => {
    expect(verifyChain([])).toEqual({ status: 'verified', throughSeq: 0, count: 0 });
    expect(verifyChain([], null)).toEqual({ status: 'verified', throughSeq: 0, count: 0 });
  });

  it.each<[string, () => unknown[], number, string]>([
    [
      'an edited summary',
      () => log.map((e) => (e.seq === 4 ? { ...e, summary: 'nothing to see' } : e)),
      4,
      'hash-mismatch',
    ],
    ['an edited seq', () => log.map((e) => (e.seq === 4 ? { ...e, seq: 5 } : e)), 4, 'hash-mismatch'],
    ['an edited hash', () => log.map((e) => (e.seq === 4 ? { ...e, hash: 'a'.repeat(64) } : e)), 4, 'hash-mismatch'],
    ['a deleted entry', () => log.filter((e) => e.seq !== 4), 4, 'missing-entry'],
    ['a swap', () => [at(1), at(2), at(6), at(4), at(5), at(3), ...log.slice(6)], 3, 'missing-entry'],
    ['a duplicated entry', () => [...log.slice(0, 4), at(4), ...log.slice(4)], 5, 'duplicate-entry'],
    ['a replayed old entry', () => [...log.slice(0, 6), at(2), ...log.slice(6)], 7, 'out-of-order'],
    ['a forged insertion', () => [...log.slice(0, 3), forge(3), ...log.slice(3)], 4, 'conflicting-entry'],
    ['a re-hashed rewrite', () => log.map((e) => (e.seq === 6 ? rehash({ ...e, rationale: 'x' }) : e)), 6, 'unlinked'],
    ['a replaced head', () => [...log.slice(0, 9), forge(9)], 10, 'head-mismatch'],
    ['a forged extra entry', () => [...log, forge(10)], 11, 'beyond-head'],
    ['truncation', () => log.slice(0, 7), 8, 'truncated'],
    ['a total wipe', () => [], 1, 'truncated'],
    ['a junk entry', () => [at(1), 'junk', ...log.slice(2)], 2, 'malformed'],
    ['an unhashable value', () => log.map((e) => (e.seq === 2 ? { ...e, summary: Number.NaN } : e)), 2, 'malformed'],
    ['a seq of 0', () => [{ ...at(1), seq: 0 }], 1, 'malformed'],
  ])('detects %s', (_label, tampered, atSeq, reason) => {
    expect(verifyChain(tampered(), head)).toMatchObject({ status: 'broken', atSeq, reason });
  });

  it('detects a first entry that does not start from genesis', () => {
    const orphan = rehash({ ...at(1), prevHash: 'b'.repeat(64) });
    expect(verifyChain([orphan])).toMatchObject({ status: 'broken', atSeq: 1, reason: 'unlinked' });
  });

  it('expects no entries when the expected head is null', () => {
    expect(verifyChain(log, null)).toMatchObject({ status: 'broken', atSeq: 1, reason: 'beyond-head' });
  });

  it('cannot see a replaced head or truncation without the expected head', () => {
    expect(verifyChain([...log.slice(0, 9), forge(9)])).toMatchObject({ status: 'verified', throughSeq: 10 });
    expect(verifyChain(log.slice(0, 7))).toMatchObject({ status: 'verified', throughSeq: 7 });
  });
});

describe('createChainVerifier', () => {
  const big = buildLog(10_000);
  const bigHead = headOf(big);

  it('verifies 10,000 entries page by page', () => {
    const verifier = createChainVerifier(bigHead);
    for (let start = 0; start < big.length; start += 100) {
      expect(big.slice(start, start + 100).every((entry) => verifier.push(entry))).toBe(true);
    }
    expect(verifier.result()).toEqual({ status: 'verified', throughSeq: 10_000, count: 10_000 });
  });

  it('stops at the first break and ignores later pushes', () => {
    const verifier = createChainVerifier(bigHead);
    big.slice(0, 9_998).forEach((entry) => verifier.push(entry));
    expect(verifier.push({ ...big[9_998], summary: 'edited' })).toBe(false);
    expect(verifier.push(big[9_999])).toBe(false);
    expect(verifier.result()).toMatchObject({ status: 'broken', atSeq: 9_999, reason: 'hash-mismatch' });
  });

  it('reports truncation only when asked for the result', () => {
    const verifier = createChainVerifier(bigHead);
    big.slice(0, 5_000).forEach((entry) => verifier.push(entry));
    expect(verifier.result()).toMatchObject({ status: 'broken', atSeq: 5_001, reason: 'truncated' });
  });
});
