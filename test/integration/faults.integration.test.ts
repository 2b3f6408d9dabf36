import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { scoreInitiative } from '../../src/application/scoring/score-initiative';
import { loadSettings } from '../../src/adapters/storage/settings.repository';
import { invokeAs, seededHost } from '../support/seeded-host';

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
  // Faults on after seeding: a quarter of product calls and 15 % of storage calls fail with 429/503/504.
  host.runtime.setKnobs({ restFaultRate: 0.25, kvsFaultRate: 0.15, faultRetryAfterSeconds: 0, seed: 7 });
}, 120_000);
afterAll(() => host.close());

describe('with the platform failing under the app', () => {
  it('every call answers with an envelope (done, or try again), and no record is left half-written', async () => {
    const codes: Record<string, number> = {};
    const issueKeys = ['CSI-4', 'CSI-5', 'CSI-9'];
    for (let i = 0; i < 24; i += 1) {
      const issueKey = issueKeys[i % issueKeys.length] as string;
      const rating = 1 + (i % 5);
      const { envelope } = await invokeAs(
        host,
        { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey },
        'issuePanel.rate',
        {
          ratings: [{ criterionKey: 'effort', rating, rationale: `attempt ${i}` }],
        },
      );
      const code = envelope.ok ? 'ok' : envelope.error.code;
      codes[code] = (codes[code] ?? 0) + 1;
    }
    expect(Object.keys(codes).every((c) => ['ok', 'UNAVAILABLE'].includes(c))).toBe(true);
    expect(codes.ok).toBeGreaterThan(0);
    expect(codes.UNAVAILABLE).toBeGreaterThan(0);

    host.runtime.setKnobs({ restFaultRate: 0, kvsFaultRate: 0 });
    for (const key of issueKeys) {
      const id = String(host.store.issues.find(key)?.id);
      const [record, settings] = await host.runtime.run('test', 'read', undefined, undefined, () =>
        Promise.all([getInitiative(id), loadSettings()]),
      );
      expect(record).toBeDefined();
      if (!record) continue;
      // The stored score is exactly what the stored ratings give: no write landed without its re-score.
      expect(record.computed).toEqual(scoreInitiative(record, settings.config));
    }
  }, 120_000);
});
