import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import type { Envelope } from '../../src/contracts/envelope';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Client request ids (architecture.md, "Writes": a retried call has one effect): the id commits in
 * the same KVS transaction as the change, and a retry with the same id writes nothing.
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const panel = { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey: 'CSI-6' };
const record = () =>
  host.runtime.run('test', 'read', undefined, undefined, () =>
    getInitiative(String(host.store.issues.find('CSI-6')!.id)),
  );
const rate = (rating: number, requestId?: string) => ({
  ratings: [{ criterionKey: 'business-impact', rating, rationale: 'Agreed' }],
  ...(requestId ? { requestId } : {}),
});

describe('a retried write with the same request id', () => {
  it('rates once: the retry answers ok, writes nothing to storage and queues nothing', async () => {
    const before = await record();
    const first = await invokeAs(host, panel, 'issuePanel.rate', rate(4, 'req-rate-0001'));
    expect(first.envelope.ok).toBe(true);
    const retry = await invokeAs(host, panel, 'issuePanel.rate', rate(4, 'req-rate-0001'));
    expect(retry.envelope.ok).toBe(true);
    expect(retry.writes).toEqual({ kvs: 0, rest: 0 });
    const after = await record();
    expect(after!.revision).toBe((before?.revision ?? 0) + 1);
    expect(after!.history.filter((h) => h.change.startsWith('Rated')).length).toBe(
      (before?.history.filter((h) => h.change.startsWith('Rated')).length ?? 0) + 1,
    );
  });

  it('has one effect when the same call arrives twice at once, and a new id is a new change', async () => {
    const before = (await record())?.revision ?? 0;
    const frame = host.frames.create(panel);
    const answers = (await Promise.all([
      host.runner.invokeResolver(frame, 'issuePanel.savePlan', {
        plannedDurationDays: 40,
        kpi: null,
        requestId: 'req-plan-0001',
      }),
      host.runner.invokeResolver(frame, 'issuePanel.savePlan', {
        plannedDurationDays: 40,
        kpi: null,
        requestId: 'req-plan-0001',
      }),
    ])) as Envelope<unknown>[];
    await host.settle();
    expect(answers.map((a) => a.ok)).toEqual([true, true]);
    expect((await record())!.revision).toBe(before + 1);
    await invokeAs(host, panel, 'issuePanel.savePlan', {
      plannedDurationDays: 40,
      kpi: null,
      requestId: 'req-plan-0002',
    });
    expect((await record())!.revision).toBe(before + 2);
    expect((await record())!.plan).toEqual({ plannedDurationDays: 40, kpi: null });
  });

  it('refuses a malformed request id before anything is written', async () => {
    const before = (await record())?.revision ?? 0;
    const { envelope } = await invokeAs(host, panel, 'issuePanel.rate', rate(3, 'no spaces!'));
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fieldErrors: { requestId: [expect.stringMatching(/request id/)] } },
    });
    expect((await record())?.revision ?? 0).toBe(before);
  });
});
