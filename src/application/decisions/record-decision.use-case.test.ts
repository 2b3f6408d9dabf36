import { GENESIS_HASH } from '../../domain/decision-log/decision-entry';
import { hashEntry } from '../../domain/decision-log/hash-entry';
import { pauseDraft } from '../testing/decision-drafts';
import { MemoryDecisions } from '../testing/memory-decisions';
import { MemoryRequests } from '../testing/memory-requests';
import { recordDecision } from './record-decision.use-case';

const ACTOR = { accountId: 'u-csi-admin', displayName: 'Chen Okafor' };
const AT = '2026-12-02T09:00:00.000Z';

function log() {
  const requests = new MemoryRequests();
  return { requests, decisions: new MemoryDecisions(requests) };
}

describe('recordDecision', () => {
  it('appends entries chained on the head, each hashing who decided and when', async () => {
    const { decisions } = log();
    const first = await recordDecision(decisions, pauseDraft('CSI-1'), ACTOR, AT);
    const second = await recordDecision(decisions, pauseDraft('CSI-2'), ACTOR, AT);
    if (!first.ok || !second.ok) throw new Error('expected both to be recorded');
    expect(first.value).toMatchObject({
      seq: 1,
      prevHash: GENESIS_HASH,
      actor: ACTOR.accountId,
      actorName: ACTOR.displayName,
      at: AT,
    });
    expect(second.value).toMatchObject({ seq: 2, prevHash: first.value.hash });
    const { hash, ...unsigned } = second.value;
    expect(hashEntry(unsigned)).toBe(hash);
    expect(await decisions.head()).toEqual({ seq: 2, hash: second.value.hash });
  });

  it.each([
    ['a blank rationale', { rationale: '   ' }, 'rationale'],
    ['an empty option', { optionsConsidered: ['Pause', ''] }, 'optionsConsidered.1'],
    ['an infinite score', { scoresAtTime: { score: Infinity } }, 'scoresAtTime.score'],
    ['no subject for an issue decision', { subject: null }, 'subject'],
  ])('refuses %s with a field error and appends nothing', async (_name, change, field) => {
    const { decisions, requests } = log();
    const answer = await recordDecision(decisions, { ...pauseDraft('CSI-1'), ...change }, ACTOR, AT, {
      requestKey: 'request:u-csi-admin:r1',
    });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(answer.ok ? {} : answer.error.fieldErrors).toHaveProperty([field]);
    expect(decisions.entries()).toEqual([]);
    expect(requests.keys()).toEqual([]);
  });

  it('refuses a correction of an entry that does not exist yet', async () => {
    const { decisions } = log();
    await recordDecision(decisions, pauseDraft('CSI-1'), ACTOR, AT);
    const correction = { ...pauseDraft('CSI-1'), type: 'correction' as const, payload: { correctsSeq: 5 } };
    const answer = await recordDecision(decisions, correction, ACTOR, AT);
    expect(answer.ok).toBe(false);
    expect(decisions.entries()).toHaveLength(1);
  });

  it('commits the request key with the entry, so the request finds what it appended', async () => {
    const { decisions } = log();
    const answer = await recordDecision(decisions, pauseDraft('CSI-1'), ACTOR, AT, {
      requestKey: 'request:u-csi-admin:r2',
    });
    expect(await decisions.byRequest('request:u-csi-admin:r2')).toEqual(answer.ok && answer.value);
    expect(await decisions.byRequest('request:u-csi-admin:r3')).toBeUndefined();
  });
});
