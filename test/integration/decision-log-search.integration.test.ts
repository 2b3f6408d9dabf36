import { USERS } from '../../local/product/demo-ids';
import { recordDecision } from '../../src/application/decisions/record-decision.use-case';
import { decisionsAdapter } from '../../src/adapters/deps';
import type { DecisionLogPage } from '../../src/contracts/decision-log.contract';
import type { LocalHost } from '../../local/host';
import { DECISION_LOG_CONFIG } from '../support/resolver-fixtures';
import { invokeAs, seededHost } from '../support/seeded-host';

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
  for (const key of ['CSI-1', 'CSI-12']) {
    const issue = host.store.issues.find(key);
    if (!issue) throw new Error(`No ${key}`);
    await host.runtime.run('test', `pause-${key}`, USERS.csiAdmin, undefined, async () => {
      const r = await recordDecision(
        decisionsAdapter,
        {
          type: 'pause',
          subject: { issueKey: key, issueId: String(issue.id), projectKey: 'CSI' },
          summary: `Paused ${key} for the search test`,
          rationale: 'Search test',
          optionsConsidered: [],
          payload: {},
        },
        { accountId: USERS.csiAdmin, displayName: 'Chen Okafor' },
        new Date().toISOString(),
      );
      if (!r.ok) throw new Error(r.error.message);
    });
  }
}, 120_000);
afterAll(() => host.close());

const search = async (text: string) => {
  const { envelope } = await invokeAs<DecisionLogPage>(
    host,
    { moduleKey: 'csi-decision-log', accountId: USERS.viewer, pageId: '30001', config: DECISION_LOG_CONFIG },
    'macro.decisionLog',
    { search: text },
  );
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data.entries;
};

describe('searching the decision log for an issue key', () => {
  it.each(['CSI-1', 'csi-1', ' CSI-1 '])('%j finds the entries about CSI-1 and none about CSI-12', async (text) => {
    const entries = await search(text);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.map((e) => e.subject?.issueKey)).toEqual(entries.map(() => 'CSI-1'));
    expect(entries.map((e) => e.summary)).toContain('Paused CSI-1 for the search test');
  });

  it('"CSI-12" finds CSI-12 only, and other words still search the text', async () => {
    const twelve = await search('CSI-12');
    expect(new Set(twelve.map((e) => e.subject?.issueKey))).toEqual(new Set(['CSI-12']));
    const text = await search('for the search test');
    expect(text.map((e) => e.subject?.issueKey).sort()).toEqual(['CSI-1', 'CSI-12']);
  });
});
