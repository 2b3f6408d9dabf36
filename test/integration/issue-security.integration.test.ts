/**
 * Lists built from the app's stored copies show only issues the reader may browse. The demo site
 * has one CSI initiative behind an issue security level (local/product/seed-product.ts, SECURED):
 * the viewer can browse project CSI but not that issue; the editor is a member of the level.
 */
import type { FrameRequest } from '../../local/app/frames';
import type { LocalHost } from '../../local/host';
import { PAGES, SPACES, USERS } from '../../local/product/demo-ids';
import { SECURED } from '../../local/product/seed-product';
import { recordDecision } from '../../src/application/decisions/record-decision.use-case';
import { decisionsAdapter } from '../../src/adapters/deps';
import type { DecisionLogPage, ExportFile } from '../../src/contracts/decision-log.contract';
import type { ProgressReport } from '../../src/contracts/macro.contract';
import type { PortfolioPage } from '../../src/contracts/project-page.contract';
import { DECISION_LOG_CONFIG, PROGRESS_CONFIG } from '../support/resolver-fixtures';
import { invokeAs, seededHost } from '../support/seeded-host';

let host: LocalHost;
let secured: { id: string; key: string };
const SECRET = 'Paused the secured initiative for the audit';

beforeAll(async () => {
  host = await seededHost();
  const issue = host.store.issues.list().find((i) => i.summary === SECURED.summary)!;
  secured = { id: String(issue.id), key: issue.key };
  await host.runtime.run('test', 'secret-decision', USERS.csiAdmin, undefined, async () => {
    const recorded = await recordDecision(
      decisionsAdapter,
      {
        type: 'pause',
        subject: { issueKey: secured.key, issueId: secured.id, projectKey: 'CSI' },
        summary: SECRET,
        rationale: 'Access-control findings under review',
        optionsConsidered: [],
        payload: {},
      },
      { accountId: USERS.csiAdmin, displayName: 'Chen Okafor' },
      new Date().toISOString(),
    );
    if (!recorded.ok) throw new Error(recorded.error.message);
  });
}, 120_000);
afterAll(() => host.close());

const project = (accountId: string) => ({ moduleKey: 'csi-project-page', accountId, projectKey: 'CSI' });
const logMacro = (accountId: string) => ({
  moduleKey: 'csi-decision-log',
  accountId,
  pageId: PAGES.csiReport,
  config: DECISION_LOG_CONFIG,
});
const progressMacro = (accountId: string) => ({
  moduleKey: 'csi-progress-report',
  accountId,
  pageId: PAGES.csiReport,
  config: PROGRESS_CONFIG,
});

async function ok<T>(call: Promise<{ envelope: { ok: true; data: T } | { ok: false; error: { message: string } } }>) {
  const { envelope } = await call;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data;
}

/** Every entry of a decision log, following the cursor. */
async function wholeLog(frame: FrameRequest, callKey: string): Promise<DecisionLogPage['entries']> {
  const entries: DecisionLogPage['entries'] = [];
  let cursor: string | undefined;
  do {
    const page = await ok(invokeAs<DecisionLogPage>(host, frame, callKey, cursor ? { cursor } : {}));
    entries.push(...page.entries);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

const keysOf = (entries: DecisionLogPage['entries']) => entries.map((e) => e.subject?.issueKey);

describe.each([
  ['the viewer (not in the security level)', USERS.viewer, false],
  ['the editor (in the security level)', USERS.editor, true],
])('%s', (_who, accountId, sees) => {
  const expectSees = (list: unknown[], item: unknown) =>
    sees ? expect(list).toContain(item) : expect(list).not.toContain(item);

  it('portfolio rows and the portfolio export', async () => {
    const page = await ok(
      invokeAs<PortfolioPage>(host, project(accountId), 'projectPage.portfolio', { filters: {}, limit: 100 }),
    );
    expectSees(
      page.rows.map((r) => r.issueKey),
      secured.key,
    );
    expect(page.rows.map((r) => r.rank)).toEqual(page.rows.map((_, i) => i + 1));
    const csv = await ok(
      invokeAs<ExportFile>(host, project(accountId), 'projectPage.exportPortfolio', { filters: {} }),
    );
    expect(csv.content.includes(SECURED.summary)).toBe(sees);
  });

  it('the project page decision log, its export, and the integrity badge', async () => {
    const entries = await wholeLog(project(accountId), 'projectPage.decisionLog');
    expectSees(keysOf(entries), secured.key);
    expectSees(
      entries.map((e) => e.summary),
      SECRET,
    );
    const page = await ok(invokeAs<DecisionLogPage>(host, project(accountId), 'projectPage.decisionLog', {}));
    expect(page.integrity.status).toBe('verified');
    for (const format of ['json', 'csv'] as const) {
      const file = await ok(
        invokeAs<ExportFile>(host, project(accountId), 'projectPage.exportDecisionLog', { format }),
      );
      expect(file.content.includes(SECRET)).toBe(sees);
    }
  });

  it('the decision-log macro and its export', async () => {
    const entries = await wholeLog(logMacro(accountId), 'macro.decisionLog');
    expectSees(keysOf(entries), secured.key);
    const file = await ok(
      invokeAs<ExportFile>(host, logMacro(accountId), 'macro.exportDecisionLog', { format: 'csv' }),
    );
    expect(file.content.includes(SECRET)).toBe(sees);
  });

  it('the progress report and the PDF export of both macros', async () => {
    const report = await ok(invokeAs<ProgressReport>(host, progressMacro(accountId), 'macro.progressReport', {}));
    expectSees(
      report.initiatives.map((i) => i.issueKey),
      secured.key,
    );
    for (const [moduleKey, config] of [
      ['csi-progress-report', PROGRESS_CONFIG],
      ['csi-decision-log', DECISION_LOG_CONFIG],
    ] as const) {
      const exported = JSON.stringify(
        await host.runner.exportMacro(moduleKey, {
          exportType: 'pdf',
          accountId,
          content: { id: PAGES.csiReport, type: 'page' },
          space: { id: SPACES.csi.id, key: SPACES.csi.key },
          localId: 'l-1',
          config: { ...config },
        }),
      );
      expect(exported).not.toContain('could not be exported');
      expect(exported.includes(moduleKey === 'csi-progress-report' ? SECURED.summary : SECRET)).toBe(sees);
    }
  });
});
