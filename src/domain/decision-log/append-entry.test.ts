import { buildDraft } from '../testing/build-decision-log';
import { appendEntry } from './append-entry';
import { GENESIS_HASH } from './decision-entry';
import { hashEntry } from './hash-entry';

const AT = '2026-01-31T09:00:00.000Z';

describe('appendEntry', () => {
  it('starts the chain at seq 1 with the genesis prevHash', () => {
    const first = appendEntry(null, buildDraft(1), 'account-1', AT);
    expect(first).toMatchObject({
      seq: 1,
      prevHash: GENESIS_HASH,
      actor: 'account-1',
      at: AT,
      type: 'checkpoint-decision',
    });
    expect(first.hash).toBe(hashEntry(first));
  });

  it('links each entry to the head', () => {
    const first = appendEntry(null, buildDraft(1), 'account-1', AT);
    const second = appendEntry({ seq: first.seq, hash: first.hash }, buildDraft(2), 'account-2', AT);
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
  });

  it('treats a head of seq 0 like an empty log', () => {
    const entry = appendEntry({ seq: 0, hash: GENESIS_HASH }, buildDraft(1), 'a', AT);
    expect(entry).toEqual(appendEntry(null, buildDraft(1), 'a', AT));
  });

  it('is deterministic: the same inputs give the same entry', () => {
    expect(appendEntry(null, buildDraft(4), 'a', AT)).toEqual(appendEntry(null, buildDraft(4), 'a', AT));
  });

  it('copies the draft, so later changes cannot break the hash', () => {
    const draft = buildDraft(4);
    const entry = appendEntry(null, draft, 'a', AT);
    draft.optionsConsidered.push('changed later');
    expect(hashEntry(entry)).toBe(entry.hash);
    expect(entry.optionsConsidered).not.toContain('changed later');
  });

  it('drops unset optional fields and unknown extra fields', () => {
    const draft = { ...buildDraft(1), revisitIf: undefined, extra: 'not part of an entry' };
    const entry = appendEntry(null, draft, 'a', AT);
    expect(Object.keys(entry).sort()).toEqual([
      'actor',
      'at',
      'hash',
      'optionsConsidered',
      'payload',
      'prevHash',
      'rationale',
      'seq',
      'subject',
      'summary',
      'type',
    ]);
  });
});
