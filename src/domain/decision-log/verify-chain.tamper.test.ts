import fc from 'fast-check';
import { buildLog } from '../testing/build-decision-log';
import { propertySeeds } from '../testing/property-seeds';
import { applyTamper, tamperArb, type Tamper } from '../testing/tamper-decision-log';
import { canonicalJson } from './canonical-json';
import type { DecisionEntry } from './decision-entry';
import { verifyChain } from './verify-chain';

const N = 50;
const original = buildLog(N);
const last = original[N - 1] as DecisionEntry;
const head = { seq: last.seq, hash: last.hash };

/**
 * "First tampered" is defined independently of the verifier: the first position (= seq) at which the
 * presented log differs from the written one or, when it is a strict prefix, the first missing seq.
 * For example: an edit or re-hashed rewrite of entry k gives k; deleting k gives k; swapping j < k gives j;
 * inserting before k gives k (inserting a copy of k right after k gives k + 1: the log is the same as
 * inserting it before k + 1); truncating to m entries gives m + 1; a replaced head gives the head's seq.
 */
function firstDifference(tampered: readonly unknown[]): number {
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  const index = original.findIndex((entry, i) => i >= tampered.length || !same(entry, tampered[i]));
  return index === -1 ? N + 1 : index + 1;
}

describe.each(propertySeeds('decision-log tamper'))('verifyChain against 1,000 random tampers (seed %i)', (seed) => {
  it('detects every tamper and reports the first tampered seq', () => {
    const kinds = new Set<Tamper['kind']>();
    fc.assert(
      fc.property(tamperArb(N), (tamper) => {
        kinds.add(tamper.kind);
        const tampered = applyTamper(original, tamper);
        expect(verifyChain(tampered, head)).toMatchObject({ status: 'broken', atSeq: firstDifference(tampered) });
      }),
      { seed, numRuns: 1_000 },
    );
    expect(kinds.size).toBe(9); // every kind of tamper was exercised
  });

  it('leaves the untouched log verified', () => {
    expect(verifyChain(original, head)).toEqual({ status: 'verified', throughSeq: N, count: N });
  });
});

describe('firstDifference (the oracle)', () => {
  it.each<[Tamper, number]>([
    [{ kind: 'delete', seq: 7 }, 7],
    [{ kind: 'swap', a: 3, b: 9 }, 3],
    [{ kind: 'move', from: 12, to: 4 }, 4],
    [{ kind: 'insert-copy', position: 10, copyOf: 10 }, 11],
    [{ kind: 'insert-forged', position: 51 }, 51],
    [{ kind: 'truncate', keep: 20 }, 21],
    [{ kind: 'replace-head' }, 50],
    [{ kind: 'rewrite+rehash', seq: 5, field: 'summary', pick: 0 }, 5],
  ])('attributes %p to seq %p', (tamper, expected) => {
    expect(firstDifference(applyTamper(original, tamper))).toBe(expected);
  });
});
