import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { LocalHost, ROOT } from '../local/host';
import { DEFAULT_SEED_BASE_DATE, PAGES, USERS } from '../local/product/demo-ids';
import { demoQuarters } from '../local/seed/demo-maturity';
import { seedDemo } from '../local/seed/seed-demo';
import { productionDeps } from '../src/adapters/deps';
import { maturityDeps } from '../src/adapters/resolvers/maturity.resolver';
import { createMemo } from '../src/adapters/resolvers/memo';
import { ENTITIES } from '../src/adapters/storage/keys';
import { getMaturityView } from '../src/application/maturity/get-maturity-view.use-case';
import type { MaturityCaller, MaturityDeps } from '../src/application/maturity/maturity.ports';
import { saveRating } from '../src/application/maturity/save-rating.use-case';
import { submitAssessment } from '../src/application/maturity/submit-assessment.use-case';
import { defaultMaturityModel } from '../src/domain/maturity/default-maturity-model';
import type { Rating } from '../src/domain/maturity/maturity.vocabulary';
import { previousQuarter } from '../src/domain/maturity/quarter';
import { surfaceBytes } from './bundle-sizes';
import { table } from './measure';

/**
 * Issue 12's macro bench: rendering the Confluence macro "CSI maturity" (`macro.maturity`, config
 * period latest, compare previous) as a reader, with the demo's 4 submitted quarters and with 40
 * (goal: KVS operations bounded, not growing with the number of criterion ratings). The 36 older
 * quarters are assessed by the real use cases (`saveRating` for every criterion, then
 * `submitAssessment`), as the CSI admin, the one assessor; setup, not what is measured.
 */
const FRAME = {
  moduleKey: 'csi-maturity',
  pageId: PAGES.csiReport,
  config: { period: 'latest', compare: 'previous' },
};
const QUARTERS = 40;

const admin: MaturityCaller = { accountId: USERS.csiAdmin, isCsiAdmin: true };

/** A quarter's ratings, varying with its age: the first two levels reached, the third partly, the rest not. */
function ratingOf(level: number, age: number): Rating {
  if (level <= 1 + (age % 2)) return 'F';
  if (level === 2 + (age % 2)) return 'P';
  return 'N';
}

/** The CSI admin rates every criterion of `period` (with a reason where the app proposed otherwise) and submits it. */
async function assess(deps: MaturityDeps, period: string, age: number): Promise<number> {
  const view = await getMaturityView(deps, admin, { period });
  if (!view.ok) throw new Error(`Bench maturity view ${period}: ${view.error.message}`);
  const proposals = view.value.draft?.proposals ?? {};
  let rated = 0;
  for (const { levels } of defaultMaturityModel().dimensions) {
    for (const { level, criteria } of levels) {
      for (const criterion of criteria) {
        const rating = ratingOf(level, age);
        const proposed = proposals[criterion.id]?.proposed;
        const saved = await saveRating(deps, admin, {
          period,
          criterionId: criterion.id,
          rating,
          evidence: rating === 'N' ? [] : [`confluence:${PAGES.csiReport}`],
          comment: '',
          ...(proposed !== undefined && proposed !== rating
            ? { overrideReason: 'Checked in the steering committee.' }
            : {}),
        });
        if (!saved.ok) throw new Error(`Bench rating ${criterion.id} in ${period}: ${saved.error.message}`);
        rated += 1;
      }
    }
  }
  const submitted = await submitAssessment(deps, admin, { period });
  if (!submitted.ok) throw new Error(`Bench submitting ${period}: ${submitted.error.message}`);
  return rated;
}

/** The 36 quarters before the demo's four, oldest last, each assessed in its own invocation. */
async function addQuarters(host: LocalHost, count: number): Promise<number> {
  let period = demoQuarters(DEFAULT_SEED_BASE_DATE).periods[0] ?? null;
  let rated = 0;
  for (let age = 1; age <= count; age += 1) {
    period = period && previousQuarter(period);
    if (!period) throw new Error('No quarter before');
    const quarter = period;
    rated += await host.runtime.run('bench-setup', 'bench.maturity', USERS.csiAdmin, undefined, () => {
      const base = productionDeps(createMemo());
      const identity = { currentUser: () => Promise.resolve({ accountId: USERS.csiAdmin, displayName: 'CSI admin' }) };
      return assess({ ...maturityDeps({ memo: createMemo() }), identity, requests: base.requests }, quarter, age);
    });
  }
  return rated;
}

/** The stored maturity records by kind (what a render must not read all of). */
function storedByKind(host: LocalHost): Promise<Record<string, number>> {
  return host.runtime.run('bench', 'bench.maturityCount', undefined, undefined, async () => {
    const counts: Record<string, number> = {};
    for (const kind of ['assessment', 'ratings', 'summary', 'gaps']) {
      let cursor: string | undefined;
      counts[kind] = 0;
      do {
        let query = kvs
          .entity<{ kind: string }>(ENTITIES.maturity)
          .query()
          .index('by-kind-period', { partition: [kind] })
          .limit(100);
        if (cursor) query = query.cursor(cursor);
        const page = await query.getMany();
        counts[kind] += page.results.length;
        cursor = page.nextCursor;
      } while (cursor);
    }
    return counts;
  });
}

/** The macro rendered for a reader and for the assessor: one row each. */
async function renderRows(host: LocalHost, quarters: number, ratings: string): Promise<Array<Array<string | number>>> {
  const rows: Array<Array<string | number>> = [];
  const stored = await storedByKind(host);
  for (const [who, accountId] of [
    ['reader (viewer)', USERS.viewer],
    ['assessor (CSI admin)', USERS.csiAdmin],
  ] as const) {
    const opened = host.frames.create({ ...FRAME, accountId });
    await host.settle();
    const before = { ...host.stats.totals };
    const id = host.stats.nextId;
    const started = performance.now();
    const envelope = (await host.runner.invokeResolver(opened, 'macro.maturity', {})) as {
      ok: boolean;
      data?: { period: string; trend: unknown[] };
    };
    await host.settle();
    const ms = performance.now() - started;
    const after = host.stats.totals;
    const call = host.stats.byId(id)!;
    rows.push([
      `${quarters} quarters submitted (${stored.summary} summaries, ${stored.ratings} rating records, ${ratings}), ${who}`,
      after.invocations - before.invocations,
      after.kvsReads + after.kvsQueries + after.kvsWrites - before.kvsReads - before.kvsQueries - before.kvsWrites,
      JSON.stringify(call.kvsOps),
      after.restReads + after.restWrites - before.restReads - before.restWrites,
      JSON.stringify(call.restCalls),
      `${envelope.data?.period ?? '-'}, trend ${envelope.data?.trend.length ?? 0}`,
      ms.toFixed(1),
      envelope.ok ? 'ok' : 'FAILED',
    ]);
  }
  return rows;
}

export async function maturityMacroBench(): Promise<void> {
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  const model = defaultMaturityModel();
  const perQuarter = model.dimensions.flatMap((d) => d.levels.flatMap((l) => l.criteria)).length;
  const rows = await renderRows(host, 4, `~${perQuarter * 4 * 2} criterion ratings`);
  const started = performance.now();
  const rated = await addQuarters(host, QUARTERS - 4);
  const setupS = ((performance.now() - started) / 1000).toFixed(1);
  rows.push(...(await renderRows(host, QUARTERS, `~${perQuarter * 4 * 2 + rated} criterion ratings`)));
  table(
    `CSI maturity macro (macro.maturity, period latest, compare previous; goal: KVS ops bounded, not growing with the ratings); ${perQuarter} criteria a quarter, 36 quarters added by the use cases in ${setupS} s`,
    [
      'case',
      'invocations',
      'KVS ops',
      'by kind',
      'REST calls',
      'REST by route',
      'period shown',
      'ms (local)',
      'result',
    ],
    rows,
  );
  try {
    const bytes = surfaceBytes(join(ROOT, 'static', 'dist'), 'surfaces/maturity/MaturityMacro.tsx');
    console.log(
      `\nMaturity macro initial JS ${(bytes.js / 1024).toFixed(1)} KiB gzip, CSS ${(bytes.css / 1024).toFixed(1)} KiB gzip (static/dist as last built; bench/bundle-sizes.ts, budget 100 / 10 KiB).`,
    );
  } catch (error) {
    console.log(`\nMaturity macro bundle: static/dist not built (${String(error)}).`);
  }
  host.close();
}

if (process.argv[1]?.endsWith('maturity-macro.ts')) {
  maturityMacroBench().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
