import { join } from 'node:path';
import { LocalHost, ROOT } from '../local/host';
import { PAGES, USERS } from '../local/product/demo-ids';
import { seedDemo } from '../local/seed/seed-demo';
import { readHead } from '../src/adapters/storage/decision-log.repository';
import { backendColdLoad } from './backend-cold-load';
import { surfaceBytes } from './bundle-sizes';
import { firstDataBench } from './first-data';
import { issueEventBenchmarks } from './issue-events';
import { measureCall, table, type CallCost } from './measure';
import { pilotPanelBench } from './pilot-panel';
import { maturityMacroBench } from './maturity-macro';
import { pirDailyBench } from './pir-daily';
import { pirPanelBench } from './pir-panel';
import { stopCriteriaRescoreBench } from './stop-criteria-rescore';
import { ratingCosts } from './rating-costs';
import { rescoreAtScale } from './rescore-points';
import { addDecisions, addInitiatives } from './scale';

/**
 * `npm run bench`: what the platform charges for, read from the local host's counters (invocations,
 * KVS operations, REST calls) and the Custom UI's gzip bytes. Wall times are local and indicative.
 */
const DECISION_CONFIG = { projects: ['CSI'], types: [], pageSize: 20 };
const PROGRESS_CONFIG = { project: 'CSI', statuses: [], classes: [], periodDays: 120 };

const SURFACES = [
  {
    name: 'Issue panel',
    source: 'surfaces/issue-panel/IssuePanel.tsx',
    frame: { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey: 'CSI-1' },
    call: 'issuePanel.get',
    payload: {},
  },
  {
    name: 'Admin page',
    source: 'surfaces/admin/AdminPage.tsx',
    frame: { moduleKey: 'csi-admin-page', accountId: USERS.siteAdmin },
    call: 'admin.get',
    payload: {},
  },
  {
    name: 'Project page (portfolio)',
    source: 'surfaces/project-page/ProjectPage.tsx',
    frame: { moduleKey: 'csi-project-page', accountId: USERS.editor, projectKey: 'CSI' },
    call: 'projectPage.portfolio',
    payload: { filters: {}, limit: 20 },
  },
  {
    name: 'Decision log macro',
    source: 'surfaces/decision-log-macro/DecisionLogMacro.tsx',
    frame: { moduleKey: 'csi-decision-log', accountId: USERS.viewer, pageId: PAGES.csiReport, config: DECISION_CONFIG },
    call: 'macro.decisionLog',
    payload: {},
  },
  {
    name: 'Progress report macro',
    source: 'surfaces/progress-report/ProgressReportMacro.tsx',
    frame: {
      moduleKey: 'csi-progress-report',
      accountId: USERS.viewer,
      pageId: PAGES.csiReport,
      config: PROGRESS_CONFIG,
    },
    call: 'macro.progressReport',
    payload: {},
  },
  {
    name: 'Programme page (scoring configuration)',
    source: 'surfaces/programme/ProgrammePage.tsx',
    frame: { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin },
    call: 'programme.scoringConfig',
    payload: {},
  },
] as const;

const costRow = (label: string, c: CallCost) => [
  label,
  c.invocations,
  c.kvsReads,
  c.kvsQueries,
  c.kvsWrites,
  c.rest,
  c.ms.toFixed(1),
  c.ok ? 'ok' : 'FAILED',
];
const COST_HEADERS = [
  'case',
  'invocations',
  'KVS gets',
  'KVS queries',
  'KVS writes',
  'REST calls',
  'ms (local)',
  'result',
];

async function surfacesOnDemo(): Promise<void> {
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  const rows = [];
  for (const s of SURFACES) {
    const cost = await measureCall(host, s.frame, s.call, s.payload);
    const bytes = surfaceBytes(join(ROOT, 'static', 'dist'), s.source);
    rows.push([
      s.name,
      s.call,
      cost.invocations,
      cost.kvsReads + cost.kvsQueries,
      cost.kvsQueries,
      cost.rest,
      (bytes.js / 1024).toFixed(1),
      (bytes.css / 1024).toFixed(1),
      cost.ok ? 'ok' : 'FAILED',
    ]);
  }
  table(
    'Opening each surface (demo data)',
    [
      'surface',
      'first call',
      'invocations',
      'KVS ops',
      'of which queries',
      'REST calls',
      'initial JS KiB gz',
      'initial CSS KiB gz',
      'result',
    ],
    rows,
  );
  host.close();
}

async function scoringAtScale(): Promise<void> {
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  const panel = SURFACES[0];
  const portfolio = SURFACES[2];
  const rows = [];
  const count = () => host.store.issues.list(10000).length;
  rows.push(
    costRow(`issue panel, ${count()} initiatives`, await measureCall(host, panel.frame, panel.call, panel.payload)),
  );
  await addInitiatives(host, 100 - count());
  rows.push(
    costRow(
      `portfolio first page, ${count()} initiatives`,
      await measureCall(host, portfolio.frame, portfolio.call, portfolio.payload),
    ),
  );
  await addInitiatives(host, 5000 - count(), 11);
  rows.push(
    costRow(`issue panel, ${count()} initiatives`, await measureCall(host, panel.frame, panel.call, panel.payload)),
  );
  rows.push(
    costRow(
      `portfolio first page, ${count()} initiatives`,
      await measureCall(host, portfolio.frame, portfolio.call, portfolio.payload),
    ),
  );
  table(
    'Scoring surfaces at scale (goal: panel 1 invocation, <= 3 KVS, <= 1 REST; portfolio <= 2 queries)',
    COST_HEADERS,
    rows,
  );
  await rescoreAtScale(host, count());
  host.close();
}

async function decisionLogAtScale(): Promise<void> {
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  const macro = SURFACES[3];
  const rows = [];
  let total = await decisionCount(host);
  await addDecisions(host, 100 - total);
  total = await decisionCount(host);
  rows.push(
    costRow(`macro first page, ${total} entries`, await measureCall(host, macro.frame, macro.call, macro.payload)),
  );
  await addDecisions(host, 10_000 - total);
  total = await decisionCount(host);
  rows.push(
    costRow(`macro first page, ${total} entries`, await measureCall(host, macro.frame, macro.call, macro.payload)),
  );
  const firstId = host.stats.nextId;
  const started = performance.now();
  await host.runner.runScheduled('csi-verify-log');
  const ms = performance.now() - started;
  const verify = host.stats.calls.filter((c) => c.id >= firstId);
  rows.push([
    `verify the chain, ${total} entries`,
    verify.length,
    verify.reduce((n, c) => n + c.kvsReads, 0),
    verify.reduce((n, c) => n + c.kvsQueries, 0),
    verify.reduce((n, c) => n + c.kvsWrites, 0),
    0,
    ms.toFixed(1),
    'ok',
  ]);
  table(
    'Decision log at scale (goal: same first-page cost at any size, <= 2 queries; verify 10,000 < 2 s)',
    COST_HEADERS,
    rows,
  );
  host.close();
}

async function decisionCount(host: LocalHost): Promise<number> {
  const result = await host.runtime.run('bench-setup', 'bench.head', undefined, undefined, readHead);
  return result.seq;
}

async function main(): Promise<void> {
  console.log('# CSI for Jira and Confluence — benchmark (local Forge host)');
  await surfacesOnDemo();
  await decisionLogAtScale();
  await scoringAtScale();
  await ratingCosts();
  await pilotPanelBench();
  await pirPanelBench();
  await pirDailyBench();
  await maturityMacroBench();
  await stopCriteriaRescoreBench();
  await issueEventBenchmarks();
  backendColdLoad();
  await firstDataBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
