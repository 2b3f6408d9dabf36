import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import { ratedInitiative } from '../testing/initiative-builder';
import { MemoryInitiatives } from '../testing/memory-initiatives';
import { memoryPortfolio } from '../testing/memory-portfolio';
import { MemoryRequests } from '../testing/memory-requests';
import { scoringGridPage } from './scoring-grid.use-case';

const config = defaultScoringConfig();
const ME = { accountId: 'u-editor', displayName: 'Eli Marsh' };

function world(count: number, hidden: string[] = []) {
  const initiatives = new MemoryInitiatives(new MemoryRequests());
  for (let n = 1; n <= count; n += 1) initiatives.put(ratedInitiative(n, config, 1 + (n % 5)));
  return { initiatives, port: memoryPortfolio(initiatives, () => config, hidden) };
}

describe('scoringGridPage', () => {
  it('gives each criterion with its five level descriptions, and each row the reader’s own ratings only', async () => {
    const w = world(0);
    const key = config.criteria[0]?.key ?? '';
    w.initiatives.put(
      ratedInitiative(1, config, 3, {
        change: {
          raterSummaries: [
            { rater: { accountId: 'u-other', displayName: 'O' }, at: 'x', rated: 1, ratings: { [key]: 1 } },
            { rater: ME, at: 'x', rated: 1, ratings: { [key]: 4 } },
          ],
        },
      }),
    );
    w.initiatives.put(ratedInitiative(2, config, 3));
    const page = await scoringGridPage(w.port, { projectKey: 'CSI', accountId: ME.accountId, filters: {}, limit: 10 });
    expect(page.criteria.map((c) => c.key)).toEqual(config.criteria.map((c) => c.key));
    expect(page.criteria.every((c) => c.levels.length === 5)).toBe(true);
    expect(page.rows.find((r) => r.issueKey === 'CSI-1')?.myRatings).toEqual({ [key]: 4 });
    expect(page.rows.find((r) => r.issueKey === 'CSI-2')?.myRatings).toEqual({});
  });

  it('pages like the portfolio: visible issues only, ranks continuing on the next page', async () => {
    const w = world(7, ['10003']);
    const first = await scoringGridPage(w.port, { projectKey: 'CSI', accountId: ME.accountId, filters: {}, limit: 4 });
    const second = await scoringGridPage(w.port, {
      projectKey: 'CSI',
      accountId: ME.accountId,
      filters: {},
      limit: 4,
      cursor: first.nextCursor ?? undefined,
    });
    const rows = [...first.rows, ...second.rows];
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.map((r) => r.issueKey)).not.toContain('CSI-3');
    expect(new Set(rows.map((r) => r.issueKey)).size).toBe(6);
  });
});
