import { createHash } from 'node:crypto';
import { buildLog } from '../testing/build-decision-log';
import { canonicalJson } from './canonical-json';
import { hashEntry } from './hash-entry';

describe('hashEntry', () => {
  const [entry] = buildLog(1);
  if (entry === undefined) throw new Error('builder gave no entry');

  it('is SHA-256 of the canonical JSON without the hash field', () => {
    const { hash, ...body } = entry;
    const expected = createHash('sha256').update(canonicalJson(body)).digest('hex');
    expect(hashEntry(body)).toBe(expected);
    expect(hash).toBe(expected);
  });

  it('ignores the hash field, so a stored entry re-hashes to its own hash', () => {
    expect(hashEntry(entry)).toBe(entry.hash);
    expect(hashEntry({ ...entry, hash: 'f'.repeat(64) })).toBe(entry.hash);
  });

  it('changes when any field, including prevHash, changes', () => {
    expect(hashEntry({ ...entry, prevHash: '1'.repeat(64) })).not.toBe(entry.hash);
    expect(hashEntry({ ...entry, summary: `${entry.summary}.` })).not.toBe(entry.hash);
    expect(hashEntry({ ...entry, optionsConsidered: [...entry.optionsConsidered].reverse() })).not.toBe(entry.hash);
  });

  it('does not depend on key order', () => {
    const reversed = Object.fromEntries(Object.entries(entry).reverse()) as typeof entry;
    expect(hashEntry(reversed)).toBe(entry.hash);
  });

  it('is 64 lower-case hex digits', () => {
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
