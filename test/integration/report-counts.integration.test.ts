import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { addDecisions } from '../../bench/scale';
import type { ProgressReport } from '../../src/contracts/macro.contract';
import { PROGRESS_CONFIG } from '../support/resolver-fixtures';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Issue 8: "counts that are exact or say that they are lower bounds". The progress report counts
 * the period's decisions through the by-project index, 100 a page (storage-reference/entities-api-query:
 * "limit ... maximum 100"), up to 50 pages a partition; past that it says "at least".
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const frame = {
  moduleKey: 'csi-progress-report',
  accountId: USERS.viewer,
  pageId: '30001',
  config: { ...PROGRESS_CONFIG, periodDays: 730 },
};

async function header(): Promise<ProgressReport['header']> {
  const { envelope } = await invokeAs<ProgressReport>(host, frame, 'macro.progressReport', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data.header;
}

describe('the decisions counted in a progress report', () => {
  it('are exact, and say so, when every page was counted', async () => {
    const h = await header();
    expect(h.decisionsInPeriod).toBeGreaterThan(0);
    expect(h.decisionsInPeriodLowerBound).toBe(false);
  });

  it('say they are a lower bound when a partition has more than 5,000 in the period', async () => {
    await addDecisions(host, 5_050);
    const h = await header();
    expect(h.decisionsInPeriod).toBeGreaterThanOrEqual(5_000);
    expect(h.decisionsInPeriodLowerBound).toBe(true);
  }, 600_000);
});
