import type { LocalHost } from '../../local/host';
import type { FrameRequest } from '../../local/app/frames';
import { DEMO_MATURITY, PAGES, PROJECTS, USERS } from '../../local/product/demo-ids';
import type { Permission } from '../../src/adapters/permissions/permission';
import { raterPage } from '../../src/adapters/storage/rating.repository';
import type { ScoringConfigData } from '../../src/contracts/programme.contract';
import type { Envelope } from '../../src/contracts/envelope';
import type { MaturitySettingsView, MaturityView } from '../../src/contracts/maturity.contract';
import type { ServicesData, WorkflowMapData } from '../../src/contracts/lifecycle-settings.contract';
import { pirSettingsFixtures } from './fixtures/pir-settings-fixtures';
import { archiveFixtures } from './fixtures/archive-fixtures';

export const ROLES = [USERS.siteAdmin, USERS.csiAdmin, USERS.editor, USERS.viewer, USERS.outsider] as const;

export const DECISION_LOG_CONFIG = { projects: ['CSI'], types: [], pageSize: 20 };
export const PROGRESS_CONFIG = { project: 'CSI', statuses: [], classes: [], periodDays: 120 };

type FrameFor = (accountId: string) => FrameRequest;

const issuePanel =
  (issueKey: string): FrameFor =>
  (accountId) => ({ moduleKey: 'csi-issue-panel', accountId, issueKey });
const proposeAction =
  (issueKey: string): FrameFor =>
  (accountId) => ({ moduleKey: 'csi-propose-action', accountId, issueKey });
const admin: FrameFor = (accountId) => ({ moduleKey: 'csi-admin-page', accountId });
const programme: FrameFor = (accountId) => ({ moduleKey: 'csi-programme-page', accountId });
const project: FrameFor = (accountId) => ({ moduleKey: 'csi-project-page', accountId, projectKey: 'CSI' });
const decisionLogMacro: FrameFor = (accountId) => ({
  moduleKey: 'csi-decision-log',
  accountId,
  pageId: PAGES.csiReport,
  config: DECISION_LOG_CONFIG,
});
const lessonsMacro: FrameFor = (accountId) => ({
  moduleKey: 'csi-lessons-learned',
  accountId,
  pageId: PAGES.csiReport,
});
export const MATURITY_CONFIG = { period: 'latest', compare: 'previous' };
const maturityMacro: FrameFor = (accountId) => ({
  moduleKey: 'csi-maturity',
  accountId,
  pageId: PAGES.csiReport,
  config: MATURITY_CONFIG,
});
const progressMacro: FrameFor = (accountId) => ({
  moduleKey: 'csi-progress-report',
  accountId,
  pageId: PAGES.csiReport,
  config: PROGRESS_CONFIG,
});

/** The current configuration as the programme page would send it back (a valid `programme.saveConfig` payload). */
async function currentConfig(host: LocalHost) {
  const frame = host.frames.create(programme(USERS.siteAdmin));
  const result = (await host.runner.invokeResolver(
    frame,
    'programme.scoringConfig',
    {},
  )) as Envelope<ScoringConfigData>;
  if (!result.ok) throw new Error('programme.scoringConfig failed in a fixture');
  const { version: _v, changedBy: _b, changedAt: _a, ...config } = result.data.config;
  return config;
}

/** A seeded service's current revision (its edits name the revision they start from). */
async function serviceRevision(host: LocalHost, key: string): Promise<number> {
  const frame = host.frames.create(programme(USERS.siteAdmin));
  const result = (await host.runner.invokeResolver(frame, 'lifecycleSettings.services', {})) as Envelope<ServicesData>;
  if (!result.ok) throw new Error('lifecycleSettings.services failed in a fixture');
  return result.data.services.find((s) => s.key === key)?.revision ?? 1;
}

/** The workflow mapping's current version (a save names the version it starts from). */
async function workflowVersion(host: LocalHost): Promise<number> {
  const frame = host.frames.create(programme(USERS.siteAdmin));
  const result = (await host.runner.invokeResolver(
    frame,
    'lifecycleSettings.workflow',
    {},
  )) as Envelope<WorkflowMapData>;
  if (!result.ok) throw new Error('lifecycleSettings.workflow failed in a fixture');
  return result.data.version;
}

/** A valid commitment request: 4 h/week for Omar Reyes, from next week for a month. */
const commitmentRequest = () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return { personAccountId: USERS.outsider, hoursPerWeek: 4, start: day(7), end: day(37) };
};

/** The id of a commitment the editor just requested on an issue (for `commitments.confirm`). */
async function requestedCommitment(host: LocalHost, issueKey: string): Promise<string> {
  const frame = host.frames.create(issuePanel(issueKey)(USERS.editor));
  const result = (await host.runner.invokeResolver(frame, 'commitments.request', commitmentRequest())) as Envelope<{
    commitments: Array<{ id: string; requestedAt: string }>;
  }>;
  if (!result.ok) throw new Error('commitments.request failed in a fixture');
  return result.data.commitments[0]?.id ?? '';
}

/** Declared permissions, and Create Issues in the CSI project (propose.submit asks Jira for it). */
export type SubjectPermission = Permission | 'createIssue';

export interface ResolverFixture {
  frame: FrameFor;
  /** A valid payload for the call (so only permissions decide the outcome). */
  payload: (host: LocalHost) => unknown;
  /**
   * Permissions on the subject the payload names (a call that acts on an issue given in the
   * payload, such as projectPage.rateRow, checks them per issue after the declared ones).
   */
  subjectNeeds?: readonly SubjectPermission[];
  /**
   * Accounts the use case lets act although they lack `subjectNeeds`, by a role in the subject the
   * stored data gives them (a PIR's initiative owner completes it without being a CSI admin).
   */
  alsoAllowed?: readonly string[];
}

/** The id of a seeded issue, by key (payloads that name an issue by id). */
const issueIdOf = (host: LocalHost, key: string) => String(host.store.issues.list().find((i) => i.key === key)?.id);

/**
 * One valid call per resolver key. The generic tests fail for a registered resolver without a
 * fixture here, so every new resolver gets its authorisation matrix and fuzzing on day one.
 */
export const FIXTURES: Record<string, ResolverFixture> = {
  'issuePanel.get': { frame: issuePanel('CSI-6'), payload: () => ({}) },
  'issuePanel.whoRated': {
    frame: issuePanel('CSI-7'),
    // A cursor the store issued for CSI-7's raters (a page of one: the demo has two raters there).
    payload: async (host) => ({
      cursor: await host.runtime.run('test', 'fixture.cursor', undefined, undefined, async () => {
        const page = await raterPage(issueIdOf(host, 'CSI-7'), 1);
        if (page === 'invalid-cursor' || !page.nextCursor) throw new Error('CSI-7 needs two raters for this fixture');
        return page.nextCursor;
      }),
    }),
  },
  'stopCriteria.save': {
    frame: issuePanel('CSI-6'),
    payload: () => ({ criteria: [{ id: 'score', kind: 'pause-if-score-below', score: 40 }] }),
  },
  'issuePanel.rate': {
    frame: issuePanel('CSI-6'),
    payload: () => ({ ratings: [{ criterionKey: 'effort', rating: 2, rationale: 'Small change' }] }),
  },
  'issuePanel.savePlan': {
    frame: issuePanel('CSI-6'),
    payload: () => ({
      plannedDurationDays: 60,
      kpi: { name: 'Agent tickets per week', direction: 'decrease', baseline: 1240, expected: 950, thresholdPct: null },
    }),
  },
  'issuePanel.reject': {
    frame: issuePanel('CSI-24'),
    payload: () => ({
      reasonCategory: 'duplicate',
      rationale: 'Covered by CSI-11',
      optionsConsidered: ['Merge'],
      revisitIf: 'If CSI-11 stalls',
    }),
  },
  'issuePanel.recordDecision': {
    frame: issuePanel('CSI-6'),
    payload: () => ({
      decision: {
        type: 'checkpoint-decision',
        checkpointName: 'Pilot gate',
        verdict: 'go',
        recommended: 'go',
        rationale: 'Pilot KPI met',
        optionsConsidered: [],
      },
    }),
  },
  'issuePanel.postUpdate': {
    frame: issuePanel('CSI-6'),
    payload: () => ({ whatChanged: 'Bot live for VPN', next: 'Passwords', risks: '', asks: '', rag: 'green' }),
  },
  'resources.get': { frame: issuePanel('CSI-6'), payload: () => ({}) },
  'commitments.findPeople': { frame: issuePanel('CSI-6'), payload: () => ({ query: 'Vera' }) },
  'commitments.request': { frame: issuePanel('CSI-10'), payload: () => commitmentRequest() },
  'commitments.confirm': {
    frame: issuePanel('CSI-6'),
    // A fresh request each time (by the editor), so the service owner always has one to confirm.
    payload: async (host) => ({ commitmentId: await requestedCommitment(host, 'CSI-6') }),
  },
  'dependencies.nameServices': { frame: issuePanel('CSI-6'), payload: () => ({ services: ['vpn', 'payroll'] }) },
  'dependencies.markReviewed': { frame: issuePanel('CSI-6'), payload: () => ({ note: 'Checked with the owners' }) },
  // Checkpoints (issue 10 item 2) on the demo pilots (local/seed/demo-checkpoints.ts): the open
  // "Week 10 review" of CSI-1, the override awaiting confirmation on CSI-9, the no-go of CSI-13.
  'checkpoint.save': {
    frame: issuePanel('CSI-1'),
    payload: () => ({
      name: 'Week 14 review',
      dueDate: '2026-12-15',
      criteria: [{ kind: 'manual', priority: 'must', statement: 'Swarm runs without the pilot team' }],
      rollbackProcedure: 'Switch P1 routing back to tiered escalation',
      requestId: 'fixture-checkpoint-save',
    }),
  },
  'checkpoint.measure': {
    frame: issuePanel('CSI-1'),
    payload: () => ({
      checkpointId: 'cp-week10',
      results: [{ criterionId: 'mttr', measured: 5.5 }],
      requestId: 'fixture-checkpoint-measure',
    }),
  },
  'checkpoint.decide': {
    frame: issuePanel('CSI-1'),
    payload: () => ({
      checkpointId: 'cp-week10',
      verdict: 'no-go',
      rationale: 'MTTR fell 11 %, not the 25 % agreed',
      requestId: 'fixture-checkpoint-decide',
    }),
  },
  'checkpoint.confirm': {
    frame: issuePanel('CSI-9'),
    payload: () => ({ checkpointId: 'cp-widerrollout', requestId: 'fixture-checkpoint-confirm' }),
  },
  'checkpoint.completeRollback': {
    frame: issuePanel('CSI-13'),
    payload: () => ({ checkpointId: 'cp-pilotgate', requestId: 'fixture-checkpoint-rollback' }),
  },
  // PIRs (issue 11) of the demo (local/seed/demo-pir.ts): CSI-2's is open, CSI-7's awaits its
  // completion. Process adjustments are the CSI admins' section; CSI-7's owner is the editor.
  'pir.saveSection': {
    frame: issuePanel('CSI-2'),
    payload: () => ({
      sectionKey: 'process-adjustments',
      value: { kind: 'text', text: 'Page the roster from the tool.' },
    }),
    subjectNeeds: ['csiAdmin'],
  },
  'pir.complete': {
    frame: issuePanel('CSI-7'),
    payload: () => ({ requestId: 'fixture-pir-complete' }),
    subjectNeeds: ['csiAdmin'],
    alsoAllowed: [USERS.editor],
  },
  // Whoever may fill CSI-2's actions section (its owner, the editor, or a CSI admin) finds people.
  'pir.findActionOwners': {
    frame: issuePanel('CSI-2'),
    payload: () => ({ query: 'Vera' }),
    subjectNeeds: ['csiAdmin'],
    alsoAllowed: [USERS.editor],
  },
  'admin.get': { frame: admin, payload: () => ({}) },
  'programme.scoringConfig': { frame: programme, payload: () => ({}) },
  'programme.previewConfig': { frame: programme, payload: async (host) => ({ config: await currentConfig(host) }) },
  'programme.saveConfig': {
    frame: programme,
    // A save must change something (one that changes nothing is refused: issue 9, item 7).
    payload: async (host) => {
      const config = await currentConfig(host);
      return {
        config: { ...config, mviThresholdPct: config.mviThresholdPct === 10 ? 11 : 10 },
        reason: 'Quarterly review',
      };
    },
  },
  'programme.rescoreProgress': { frame: programme, payload: () => ({}) },
  'lifecycleSettings.services': { frame: programme, payload: () => ({}) },
  'lifecycleSettings.findUsers': { frame: programme, payload: () => ({ query: 'Eli' }) },
  'lifecycleSettings.addService': {
    frame: programme,
    payload: () => ({ key: 'email', name: 'Email', ownerAccountId: USERS.editor }),
  },
  'lifecycleSettings.updateService': {
    frame: programme,
    payload: async (host) => ({
      key: 'vpn',
      revision: await serviceRevision(host, 'vpn'),
      name: 'VPN',
      ownerAccountId: USERS.editor,
    }),
  },
  'lifecycleSettings.retireService': {
    frame: programme,
    payload: async (host) => ({ key: 'payroll', revision: await serviceRevision(host, 'payroll') }),
  },
  'lifecycleSettings.workflow': { frame: programme, payload: () => ({ workflowProject: 'CSI' }) },
  'lifecycleSettings.saveWorkflow': {
    frame: programme,
    payload: async (host) => ({
      version: await workflowVersion(host),
      workflowProject: 'CSI',
      stages: [{ stage: 'piloting', status: 'In Progress' }],
      gates: [{ status: 'In Progress', conditions: ['score-complete'] }],
    }),
  },
  'admin.findUsers': { frame: admin, payload: () => ({ query: 'Eli' }) },
  'admin.setCsiAdmins': { frame: admin, payload: () => ({ accountIds: [USERS.csiAdmin] }) },
  'projectPage.portfolio': { frame: project, payload: () => ({ filters: {}, limit: 20 }) },
  'projectPage.exportPortfolio': { frame: project, payload: () => ({ filters: {} }) },
  'projectPage.grid': { frame: project, payload: () => ({ filters: {}, limit: 10 }) },
  'projectPage.rateRow': {
    frame: project,
    payload: (host) => ({ issue: issueIdOf(host, 'CSI-6'), ratings: [{ criterionKey: 'effort', rating: 2 }] }),
    subjectNeeds: ['browseIssue', 'editIssue'],
  },
  'projectPage.statuses': { frame: project, payload: () => ({}) },
  'projectPage.pilotWatch': { frame: project, payload: () => ({}) },
  'projectPage.views': { frame: project, payload: () => ({}) },
  'projectPage.saveView': {
    frame: project,
    payload: () => ({ view: { name: 'Quick wins first', filters: { initiativeClass: 'quick-win' }, sort: null } }),
  },
  'projectPage.deleteView': { frame: project, payload: () => ({ name: 'Quick wins first' }) },
  'projectPage.decisionLog': { frame: project, payload: () => ({}) },
  'projectPage.exportDecisionLog': { frame: project, payload: () => ({ format: 'csv' }) },
  ...archiveFixtures,
  'macro.decisionLog': { frame: decisionLogMacro, payload: () => ({}) },
  'macro.exportDecisionLog': { frame: decisionLogMacro, payload: () => ({ format: 'json' }) },
  'macro.progressReport': { frame: progressMacro, payload: () => ({}) },
  // The lessons library: anyone on its surface; each lesson shows only to readers of its issue.
  'macro.lessons': { frame: lessonsMacro, payload: () => ({ service: 'service-desk' }) },
  'programme.lessons': { frame: programme, payload: () => ({ text: 'owner' }) },
  'pir.lessons': { frame: issuePanel('CSI-6'), payload: () => ({}) },
  ...maturityFixtures(),
  ...pirSettingsFixtures(),
  'propose.get': { frame: proposeAction('CSI-6'), payload: () => ({}) },
  'propose.submit': {
    frame: proposeAction('CSI-6'),
    payload: () => ({
      summary: 'Alert on failed backups',
      why: 'Found in review',
      targetProject: 'CSI',
      issueType: 'Improvement',
    }),
    subjectNeeds: ['createIssue'],
  },
};

/**
 * The maturity calls (issue 12). Assessors are the CSI admins and the accounts they name: the demo
 * names the editor. The programme page's and the macro's assessor calls share their keys, so the
 * macro's are keyed by function as well (`macro-fn/maturity.rate`).
 */
function maturityFixtures(): Record<string, ResolverFixture> {
  const assessor = { subjectNeeds: ['csiAdmin'] as const, alsoAllowed: [USERS.editor] };
  const now = new Date();
  const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
  const rate = () => ({ period: quarter, criterionId: 'gov-1-owner', rating: 'F', evidence: ['CSI-1'], comment: '' });
  // A quarter long before the demo's, rated in full once (so a submission of it can succeed).
  const submit = (period: string) => async (host: LocalHost) => {
    await rateInFull(host, period);
    return { period };
  };
  // A submitted demo quarter's gap: level 2 of sustainment, where the demo stagnates.
  const gaps = () => ({ period: DEMO_MATURITY.stagnantPeriod, criterionIds: [DEMO_MATURITY.gapCriterion] });
  const fixtures = (frame: FrameFor, submitted: string) => ({
    'maturity.rate': { frame, payload: rate, ...assessor },
    'maturity.submit': { frame, payload: submit(submitted), ...assessor },
    'maturity.gapIssues': { frame, payload: gaps, ...assessor },
  });
  const byMacro = Object.entries(fixtures(maturityMacro, '2024-Q2')).map(([key, f]) => [`macro-fn/${key}`, f]);
  return {
    'maturity.view': { frame: programme, payload: () => ({}) },
    ...fixtures(programme, '2024-Q1'),
    ...Object.fromEntries(byMacro),
    'macro.maturity': { frame: maturityMacro, payload: () => ({}) },
    'maturity.settings': { frame: programme, payload: () => ({}) },
    'maturity.saveModel': { frame: programme, payload: editedModel },
    'maturity.setAssessors': { frame: programme, payload: () => ({ accountIds: [USERS.editor] }) },
  };
}

/** A maturity call as the site admin (a CSI admin whoever the fuzzed settings name). */
async function maturityCall<T>(host: LocalHost, key: string, payload: unknown): Promise<T> {
  const frame = host.frames.create(programme(USERS.siteAdmin));
  const result = (await host.runner.invokeResolver(frame, key, payload)) as Envelope<T>;
  if (!result.ok) throw new Error(`${key} failed in a fixture: ${result.error.message}`);
  return result.data;
}

/** The site admin rates every criterion of `period` F, unless the period is rated or submitted already. */
async function rateInFull(host: LocalHost, period: string): Promise<void> {
  const view = await maturityCall<MaturityView>(host, 'maturity.view', { period });
  if (view.state === 'submitted' || !view.draft || Object.keys(view.draft.mine).length > 0) return;
  for (const { levels } of view.draft.model.dimensions) {
    for (const criterion of levels.flatMap((l) => l.criteria)) {
      const proposed = view.draft.proposals[criterion.id]?.proposed;
      const reason = proposed !== undefined && proposed !== 'F' ? { overrideReason: 'Seen in the review' } : {};
      const input = { period, criterionId: criterion.id, rating: 'F', evidence: [], comment: '', ...reason };
      await maturityCall(host, 'maturity.rate', input);
    }
  }
}

/** The model in force with its first criterion reworded (a change each time, so a save can succeed). */
async function editedModel(host: LocalHost) {
  const { model } = await maturityCall<MaturitySettingsView>(host, 'maturity.settings', {});
  const dimensions = model.dimensions.map((d, i) => ({
    ...d,
    levels: d.levels.map((l, j) => ({
      ...l,
      criteria: l.criteria.map((c, k) => (i + j + k === 0 ? { ...c, text: `Reworded ${Date.now()}: ${c.text}` } : c)),
    })),
  }));
  return { baseVersion: model.version, dimensions };
}

/** What each seeded user holds, read from the product simulator's own records (the test's oracle). */
export function grantsOf(host: LocalHost, accountId: string): Record<SubjectPermission, boolean> {
  const user = host.store.users.get(accountId);
  const siteAdmin = user?.siteAdmin === true;
  const csi = PROJECTS.csi.id;
  return {
    siteAdmin,
    csiAdmin: siteAdmin || accountId === USERS.csiAdmin,
    browseIssue: host.store.projects.hasGrant(csi, accountId, 'BROWSE_PROJECTS'),
    editIssue: host.store.projects.hasGrant(csi, accountId, 'EDIT_ISSUES'),
    browseProject: host.store.projects.hasGrant(csi, accountId, 'BROWSE_PROJECTS'),
    viewPage: host.store.confluence.canView('20000', accountId),
    createIssue: host.store.projects.hasGrant(csi, accountId, 'CREATE_ISSUES'),
  };
}
