import { kvs } from '@forge/kvs';
import { LocalHost } from '../../local/host';
import { maturityStore as store } from '../../src/adapters/storage/maturity.repository';
import type {
  AssessmentRecord,
  AssessorRatingsRecord,
  MaturitySettings,
  PeriodSummary,
} from '../../src/application/maturity/maturity-records';
import { isWriteRefused } from '../../src/application/write-refusal';
import { MATURITY_DIMENSIONS } from '../../src/domain/maturity/maturity.vocabulary';
import { smallModel } from '../../src/application/maturity/testing/small-model';

/**
 * The maturity store on Forge KVS (issue 12), through the official `@forge/kvs` client against the
 * local host's KVS: records round-trip parsed, each write moves the written record's revision by
 * one, a committed request key writes once, assessors rating at once all land, a period gets one
 * summary, history is one query newest first, and too large a record is refused writing nothing.
 */
let host: LocalHost;
beforeEach(() => {
  host = new LocalHost({ dbFile: ':memory:' });
});
afterEach(() => host.close());

/** Runs `fn` as one invocation and answers what it returned with the KVS operations it made. */
async function counted<T>(fn: () => Promise<T>) {
  const id = host.stats.nextId;
  const result = await host.runtime.run('test', 'maturity-store', undefined, undefined, fn);
  const record = host.stats.byId(id)!;
  return { result, ops: record.kvsOps, writes: record.kvsWrites };
}
const run = async <T>(fn: () => Promise<T>) => (await counted(fn)).result;

const chen = { accountId: 'acc-chen', displayName: 'Chen' };
const at = '2026-05-04T09:00:00.000Z';
const draft = (period: string): AssessmentRecord => ({
  period,
  modelVersion: 1,
  model: smallModel(1),
  state: 'draft',
  raters: [],
  createdAt: at,
  createdBy: chen,
  updatedAt: at,
  submittedAt: null,
  submittedBy: null,
  seq: null,
  decisionKey: null,
  revision: 0,
});
const ratingOf = (criterionId: string, rating: 'N' | 'P' | 'L' | 'F', comment = '') => ({
  criterionId,
  rating,
  evidence: [],
  comment,
});
/** A rate change: `accountId` rates `gov-1`, joining the raters (any header and ratings it is given). */
const rates =
  (accountId: string, rating: 'N' | 'P' | 'L' | 'F' = 'F', comment = '') =>
  (header: AssessmentRecord | undefined, mine: AssessorRatingsRecord | undefined) => {
    const h = header ?? draft('2026-Q2');
    return {
      header: { ...h, raters: [...new Set([...h.raters, accountId])], updatedAt: at },
      mine: {
        period: h.period,
        accountId,
        ratings: { ...(mine?.ratings ?? {}), 'gov-1': ratingOf('gov-1', rating, comment) },
        updatedAt: at,
        revision: mine?.revision ?? 0,
      },
    };
  };
const allDimensions = <T>(value: T) => Object.fromEntries(MATURITY_DIMENSIONS.map((d) => [d, value]));
const summaryOf = (period: string, level = 1): PeriodSummary => ({
  period,
  modelVersion: 1,
  submittedAt: at,
  submittedBy: chen,
  levels: allDimensions(level) as PeriodSummary['levels'],
  organisation: { level, mean: level },
  stagnating: [],
  gaps: allDimensions(['gov-2']) as PeriodSummary['gaps'],
});
/** A submit change: freezes a draft (by Chen) with `summaryOf(period)`; a submitted one is left. */
const submits = (current: AssessmentRecord) => {
  if (current.state === 'submitted') return undefined;
  const { ratings: _ratings, ...header } = current as AssessmentRecord & { ratings?: unknown };
  return {
    header: { ...header, state: 'submitted' as const, submittedAt: at, submittedBy: chen, decisionKey: 'dk-1' },
    summary: summaryOf(current.period),
  };
};
const settings: MaturitySettings = {
  model: smallModel(1),
  assessors: ['acc-ana'],
  changedBy: chen,
  changedAt: at,
  revision: 0,
};

describe('the maturity settings', () => {
  it('are absent until saved, then round-trip with a revision that moves by one per write', async () => {
    expect(await run(() => store.getSettings())).toBeUndefined();
    const first = await run(() => store.updateSettings(() => ({ ...settings, revision: 99 })));
    expect(first).toEqual({ ...settings, revision: 1 });
    const second = await run(() => store.updateSettings((s) => s && { ...s, assessors: ['acc-ana', 'acc-bo'] }));
    expect(second).toEqual({ ...settings, assessors: ['acc-ana', 'acc-bo'], revision: 2 });
    const read = await counted(() => store.getSettings());
    expect(read.result).toEqual({ ...settings, assessors: ['acc-ana', 'acc-bo'], revision: 2 });
    expect(read.ops).toEqual({ 'entity/get': 1 });
  });

  it('writes nothing when the change answers undefined', async () => {
    await run(() => store.updateSettings(() => settings));
    const unchanged = await counted(() => store.updateSettings(() => undefined));
    expect(unchanged.result?.revision).toBe(1);
    expect(unchanged.writes).toBe(0);
  });
});

describe('rating', () => {
  it('creates the draft and the ratings at revision 1; a second rating moves both to 2', async () => {
    const first = await run(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana', 'P')));
    expect(first.changed).toBe(true);
    expect(first.header).toMatchObject({ period: '2026-Q2', raters: ['acc-ana'], state: 'draft', revision: 1 });
    expect(first.mine).toEqual({
      period: '2026-Q2',
      accountId: 'acc-ana',
      ratings: { 'gov-1': { criterionId: 'gov-1', rating: 'P', evidence: [], comment: '' } },
      updatedAt: at,
      revision: 1,
    });
    const second = await run(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana', 'L')));
    expect([second.header?.revision, second.mine?.revision]).toEqual([2, 2]);
    expect(await run(() => store.getRatings('2026-Q2', 'acc-ana'))).toMatchObject({
      ratings: { 'gov-1': { rating: 'L' } },
      revision: 2,
    });
    expect(await run(() => store.getAssessment('2026-Q2'))).toMatchObject({ raters: ['acc-ana'], revision: 2 });
  });

  it('writes nothing when the change answers undefined, and answers what is stored', async () => {
    await run(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana')));
    const none = await counted(() => store.rate('2026-Q2', 'acc-ana', () => undefined));
    expect(none.result).toMatchObject({ changed: false, header: { revision: 1 }, mine: { revision: 1 } });
    expect(none.writes).toBe(0);
  });

  it('reads an assessment as one get of the header and one batch get of its raters', async () => {
    await run(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana', 'P')));
    await run(() => store.rate('2026-Q2', 'acc-bo', rates('acc-bo', 'N')));
    const read = await counted(() => store.readAssessment('2026-Q2'));
    expect(read.ops).toEqual({ 'entity/get': 1, 'batch/get': 1 });
    expect(read.result).toMatchObject({ raters: ['acc-ana', 'acc-bo'], revision: 2 });
    expect(read.result?.ratings).toEqual({
      'acc-ana': { 'gov-1': { criterionId: 'gov-1', rating: 'P', evidence: [], comment: '' } },
      'acc-bo': { 'gov-1': { criterionId: 'gov-1', rating: 'N', evidence: [], comment: '' } },
    });
    expect(await run(() => store.readAssessment('2025-Q1'))).toBeUndefined();
  });

  it('with a committed request key writes once and answers what is stored', async () => {
    const options = { requestKey: 'request:acc-ana:r-1' };
    const first = await run(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana', 'P'), options));
    expect(first.changed).toBe(true);
    const replay = await counted(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana', 'N'), options));
    expect(replay.result).toMatchObject({ changed: false, header: { revision: 1 }, mine: { revision: 1 } });
    expect(replay.result.mine?.ratings['gov-1']?.rating).toBe('P');
    expect(replay.writes).toBe(0);
  });

  it('the same request twice at once writes once', async () => {
    const options = { requestKey: 'request:acc-ana:r-2' };
    const both = await Promise.all(
      [0, 1].map(() => run(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana'), options))),
    );
    expect(both.map((b) => b.changed).sort()).toEqual([false, true]);
    expect(await run(() => store.getAssessment('2026-Q2'))).toMatchObject({ revision: 1 });
  });

  it('10 assessors rating at once all land: 10 raters, the header at revision 10', async () => {
    const assessors = Array.from({ length: 10 }, (_, i) => `acc-${i}`);
    const answers = await Promise.all(assessors.map((a) => run(() => store.rate('2026-Q2', a, rates(a)))));
    expect(answers.every((a) => a.changed)).toBe(true);
    const assessment = await run(() => store.readAssessment('2026-Q2'));
    expect([...assessment!.raters].sort()).toEqual([
      'acc-0',
      'acc-1',
      'acc-2',
      'acc-3',
      'acc-4',
      'acc-5',
      'acc-6',
      'acc-7',
      'acc-8',
      'acc-9',
    ]);
    expect(assessment!.revision).toBe(10);
    expect(Object.keys(assessment!.ratings)).toHaveLength(10);
    const mine = await Promise.all(assessors.map((a) => run(() => store.getRatings('2026-Q2', a))));
    expect(mine.map((m) => m?.revision)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  }, 60_000);

  it('refuses a record too large to store, writing nothing (not even the request key)', async () => {
    const huge = 'x'.repeat(250 * 1024);
    const options = { requestKey: 'request:acc-ana:big' };
    const refused = await counted(() =>
      store.rate('2026-Q2', 'acc-ana', rates('acc-ana', 'F', huge), options).then(
        () => 'written',
        (error: unknown) => (isWriteRefused(error) ? error.code : String(error)),
      ),
    );
    expect(refused.result).toBe('PRECONDITION_FAILED');
    expect(refused.writes).toBe(0);
    expect(await run(() => store.getAssessment('2026-Q2'))).toBeUndefined();
    expect(await run(() => store.getRatings('2026-Q2', 'acc-ana'))).toBeUndefined();
    expect(await run(() => kvs.get(options.requestKey))).toBeUndefined();
  });
});

describe('submitting', () => {
  it('freezes the header and writes the summary once: of two submissions at once, one lands', async () => {
    await run(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana', 'L')));
    const both = await Promise.all([0, 1].map(() => run(() => store.submit('2026-Q2', submits))));
    expect(both.map((b) => b.changed).sort()).toEqual([false, true]);
    const won = both.find((b) => b.changed)!;
    expect(won.assessment).toMatchObject({ state: 'submitted', revision: 2, raters: ['acc-ana'] });
    expect(won.assessment?.ratings['acc-ana']?.['gov-1']?.rating).toBe('L');
    expect(won.summary).toEqual(summaryOf('2026-Q2'));
    expect(await run(() => store.getSummary('2026-Q2'))).toEqual(summaryOf('2026-Q2'));
    expect(await run(() => store.getAssessment('2026-Q2'))).toMatchObject({ state: 'submitted', revision: 2 });
  });

  it('refuses a second summary for the period: the condition fails and the retry reads it', async () => {
    await run(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana')));
    // Another call's summary, stored while the header still reads as a draft.
    const theirs = { ...summaryOf('2026-Q2', 3), submittedBy: { accountId: 'acc-bo', displayName: 'Bo' } };
    await run(() =>
      kvs.entity('maturity').set('summary:2026-Q2', { kind: 'summary', period: '2026-Q2', revision: 1, data: theirs }),
    );
    let calls = 0;
    const answer = await run(() =>
      store.submit('2026-Q2', (current) => {
        calls += 1;
        return calls === 1 ? submits(current) : undefined;
      }),
    );
    expect(calls).toBe(2);
    expect(answer).toMatchObject({ changed: false, assessment: { state: 'draft', revision: 1 }, summary: theirs });
    expect(await run(() => store.getSummary('2026-Q2'))).toEqual(theirs);
  });

  it('does not call the change when the period has no assessment', async () => {
    let called = false;
    const answer = await run(() => store.submit('2026-Q2', () => ((called = true), undefined)));
    expect(answer).toEqual({ changed: false, assessment: undefined, summary: undefined });
    expect(called).toBe(false);
  });

  it('updates the header alone afterwards, moving its revision; an absent header stays absent', async () => {
    await run(() => store.rate('2026-Q2', 'acc-ana', rates('acc-ana')));
    await run(() => store.submit('2026-Q2', submits));
    const updated = await run(() => store.updateAssessment('2026-Q2', (h) => ({ ...h, seq: 7 })));
    expect(updated).toMatchObject({ seq: 7, state: 'submitted', revision: 3 });
    expect(await run(() => store.updateAssessment('2025-Q1', (h) => ({ ...h, seq: 1 })))).toBeUndefined();
    expect(await run(() => store.getAssessment('2025-Q1'))).toBeUndefined();
  });
});

describe('history and gap issues', () => {
  const gaps = (period: string) => ({ period, links: {}, errors: {}, claimedAt: at, revision: 0 });

  it('lists the newest summaries first, as many as asked, in one query', async () => {
    for (const period of ['2025-Q3', '2026-Q1', '2025-Q4', '2026-Q2', '2025-Q2']) {
      await run(() => store.rate(period, 'acc-ana', (h, m) => rates('acc-ana')(h ?? draft(period), m)));
      await run(() => store.submit(period, submits));
    }
    await run(() => store.updateGapIssues('2026-Q3', () => gaps('2026-Q3')));
    const listed = await counted(() => store.listSummaries(3));
    expect(listed.result.map((s) => s.period)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4']);
    expect(listed.ops).toEqual({ 'entity/query': 1 });
    const all = await run(() => store.listSummaries(40));
    expect(all.map((s) => s.period)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2']);
    await expect(run(() => store.listSummaries(41))).rejects.toThrow(RangeError);
  });

  it('keeps the gap issues per period, each write moving the revision', async () => {
    expect(await run(() => store.getGapIssues('2026-Q2'))).toBeUndefined();
    await run(() => store.updateGapIssues('2026-Q2', () => gaps('2026-Q2')));
    const linked = await run(() =>
      store.updateGapIssues('2026-Q2', (g) => g && { ...g, links: { 'gov-2': 'CSI-41' }, claimedAt: null }),
    );
    expect(linked).toEqual({
      period: '2026-Q2',
      links: { 'gov-2': 'CSI-41' },
      errors: {},
      claimedAt: null,
      revision: 2,
    });
    expect(await run(() => store.getGapIssues('2026-Q2'))).toEqual(linked);
  });

  it('throws on a stored record that does not parse (stored data is untrusted)', async () => {
    await run(() =>
      kvs.entity('maturity').set('gaps:2026-Q2', { kind: 'gaps', period: '2026-Q2', revision: 1, data: { links: 3 } }),
    );
    await expect(run(() => store.getGapIssues('2026-Q2'))).rejects.toThrow();
  });
});
