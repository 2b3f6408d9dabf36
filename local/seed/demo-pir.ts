import { attachPir } from '../../src/application/pir/attach-pir.use-case';
import { completePir } from '../../src/application/pir/complete-pir.use-case';
import type { PirDeps } from '../../src/application/pir/pir.ports';
import { savePirSection } from '../../src/application/pir/save-pir-section.use-case';
import type { PanelCaller } from '../../src/application/scoring/panel.ports';
import type { SectionValueInput } from '../../src/contracts/pir.contract';
import { attachPirDeps, resourcesDeps } from '../../src/adapters/deps';
import { createMemo } from '../../src/adapters/resolvers/memo';
import { nameServices } from '../../src/application/pilot/services.use-case';
import { duePirs, pirsAdapter } from '../../src/adapters/storage/pir.repository';
import { runBenefitChecks } from '../../src/application/pir/run-benefit-checks.use-case';
import type { LocalHost } from '../host';
import { USERS } from '../product/demo-ids';
import { ACTION_PROPERTY } from '../../src/adapters/product/pir-action-issues';
import type { DemoIssue } from './demo-decisions';
import type { Step } from './demo-timeline';

type Deps = Parameters<Step['run']>[0];

const text = (t: string): SectionValueInput => ({ kind: 'text', text: t });

/**
 * The demo's post-implementation reviews (issue 11), through the real use cases: each done
 * initiative gets its PIR on the day it reached done (the attachment the issue event makes), then:
 * - CSI-11 (knowledge base review): filled by its owner and the CSI admin, with lessons and three
 *   actions, each made a linked Jira issue, and completed: its decision-log entry and the
 *   initiative closed; then their owners close two of the issues in Jira (`closeDemoActions`), so
 *   the actions stand in every status (open, done, won't do);
 * - CSI-7 (laptop on day one): every required section filled, awaiting its completion;
 *   its +30 benefit check partly kept, its +90 one lost (made by the seed's run of the daily job)
 *   with a review issue for its owner;
 * - CSI-2 (major-incident bridge): only the summary written, past its due date (overdue);
 * - CSI-23 (synthetic login checks): just attached, nothing filled yet.
 */
export function pirSteps(issues: DemoIssue[]): Step[] {
  const find = (key: string) => {
    const issue = issues.find((i) => i.key === key);
    if (!issue) throw new Error(`Demo initiative missing: ${key}`);
    return issue;
  };
  const [kb, laptop, bridge, synthetic] = ['CSI-11', 'CSI-7', 'CSI-2', 'CSI-23'].map(find) as [
    DemoIssue,
    DemoIssue,
    DemoIssue,
    DemoIssue,
  ];
  return [
    attach(kb, 88),
    // The services they touched, so the lessons library finds their lessons by service.
    name(kb, 87, ['service-desk']),
    name(laptop, 62, ['payroll', 'service-desk']),
    fill(kb, 85, USERS.viewer, KB_VALUES),
    fill(kb, 84, USERS.csiAdmin, {
      'residual-risks': { kind: 'risks', risks: ['Articles written during incidents skip review.'] },
      'process-adjustments': text('Article reviews join the quarterly CSI agenda.'),
    }),
    { daysAgo: 80, as: USERS.csiAdmin, run: (d) => completePir(pirDeps(d), callerOf(kb, USERS.csiAdmin)) },
    // The daily job's +30 check: the helpful ratings stood at 54 %, most of the planned rise (partly kept).
    { daysAgo: 51, as: USERS.editor, run: (d) => d.initiatives.update(kb.id, (r) => ({ ...r, kpiCurrent: 54 })) },
    { daysAgo: 50, as: USERS.csiAdmin, run: (d) => runBenefitChecks(benefitDeps(d), d.clock.now().slice(0, 10)) },
    // Then they fell back (the retired articles' replacements were never rated); the +90 check,
    // due after the demo's base date, is made by the seed's run of the daily job: lost, with a review issue.
    {
      daysAgo: 20,
      as: USERS.editor,
      run: (d) => d.initiatives.update(kb.id, (r) => ({ ...r, kpiCurrent: 44 })),
    },
    attach(laptop, 61),
    fill(laptop, 52, USERS.editor, LAPTOP_VALUES),
    attach(bridge, 40),
    fill(bridge, 33, USERS.editor, {
      summary: text('The bridge opens itself and posts updates on time; the roster paging still needs work.'),
    }),
    attach(synthetic, 16),
  ];
}

const pirDeps = (d: Deps): PirDeps => ({ ...d, pirs: pirsAdapter });

const benefitDeps = (d: Deps) => ({
  pirs: pirsAdapter,
  due: (through: string) => duePirs('by-check-due', through),
  actionIssues: d.actionIssues,
  clock: d.clock,
});

function callerOf(issue: DemoIssue, accountId: string): PanelCaller {
  const admin = accountId === USERS.csiAdmin;
  return { issue: { id: issue.id, key: issue.key, type: 'Improvement' }, accountId, canEdit: true, isCsiAdmin: admin };
}

function attach(issue: DemoIssue, daysAgo: number): Step {
  return {
    daysAgo,
    as: USERS.csiAdmin,
    run: async (d) => {
      const done = { issueId: issue.id, issueKey: issue.key, projectKey: 'CSI', issueType: 'Improvement' };
      const outcome = await attachPir(attachPirDeps(d), { ...done, doneAt: d.clock.now() });
      if (outcome !== 'attached') throw new Error(`The demo PIR of ${issue.key} was not attached: ${outcome}`);
    },
  };
}

function name(issue: DemoIssue, daysAgo: number, services: string[]): Step {
  return {
    daysAgo,
    as: USERS.csiAdmin,
    run: async (d) => {
      const deps = { ...resourcesDeps(createMemo()), identity: d.identity, clock: d.clock };
      const named = await nameServices(deps, callerOf(issue, USERS.csiAdmin), services);
      if (!named.ok) throw new Error(`Demo services of ${issue.key}: ${named.error.message}`);
    },
  };
}

function fill(issue: DemoIssue, daysAgo: number, as: string, values: Record<string, SectionValueInput>): Step {
  return {
    daysAgo,
    as,
    run: async (d) => {
      for (const [key, value] of Object.entries(values)) {
        const saved = await savePirSection(pirDeps(d), callerOf(issue, as), key, value);
        if (!saved.ok) throw new Error(`Demo PIR section ${issue.key} ${key}: ${saved.error.message}`);
      }
    },
  };
}

const KB_VALUES: Record<string, SectionValueInput> = {
  summary: text('Every article older than 18 months was reviewed with its owner: 212 retired, 96 rewritten.'),
  objectives: {
    kind: 'objectives',
    objectives: [
      { objective: 'Retire or rewrite every stale article', result: 'met', note: 'All 308 handled.' },
      { objective: 'Helpful ratings at 60 %', result: 'partly-met', note: 'Reached 54 % after eight weeks.' },
    ],
  },
  kpi: { kind: 'kpi', baseline: 41, target: 60, after: 54, note: 'Measured over the last four weeks.' },
  'went-well': text('Owners answered quickly once each got a list of their own articles.'),
  'went-badly': text('Search kept showing retired articles for two weeks (index refresh).'),
  lessons: {
    kind: 'lessons',
    lessons: [
      { text: 'Give each owner their own list: a shared backlog of articles stalled.', tags: ['ownership'] },
      { text: 'Refresh the search index on the day content is retired.', tags: ['knowledge', 'tooling'] },
    ],
  },
  actions: {
    kind: 'actions',
    actions: [
      {
        id: 'a-review-cycle',
        title: 'Schedule a yearly review per article',
        ownerAccountId: USERS.viewer,
        priority: 'normal',
        dueDate: '2026-09-30',
        status: 'open',
        wontDoReason: null,
        issueKey: null,
      },
      {
        id: 'a-index',
        title: 'Automate the search index refresh',
        ownerAccountId: USERS.editor,
        priority: 'high',
        dueDate: '2026-10-15',
        status: 'open',
        wontDoReason: null,
        issueKey: null,
      },
      {
        id: 'a-ratings',
        title: 'Ask readers to rate every article',
        ownerAccountId: USERS.viewer,
        priority: 'low',
        dueDate: '2026-10-30',
        status: 'open',
        wontDoReason: 'Prompting on every article annoyed readers in the pilot.',
        issueKey: null,
      },
    ],
  },
};

const LAPTOP_VALUES: Record<string, SectionValueInput> = {
  summary: text('Provisioning now starts from the signed contract; 93 % of joiners had a laptop on day one.'),
  objectives: {
    kind: 'objectives',
    objectives: [{ objective: 'A working laptop on day one for 95 % of joiners', result: 'partly-met', note: '93 %.' }],
  },
  kpi: { kind: 'kpi', baseline: 71, target: 95, after: 93, note: '' },
  lessons: {
    kind: 'lessons',
    lessons: [
      { text: 'Start from the contract, not the HR start date: it arrives two weeks earlier.', tags: ['onboarding'] },
    ],
  },
};

/**
 * The team works two of CSI-11's action issues in Jira, through its REST API as a person (the
 * transitions of the demo workflow): one is done, one rejected (won't do). The issue
 * events bring the PIR's recorded statuses in step.
 */
export async function closeDemoActions(host: LocalHost): Promise<void> {
  const byAction = (actionId: string) =>
    host.store.issues.list().find((i) => {
      const p = host.store.properties.get(i.id, ACTION_PROPERTY) as { action?: unknown } | undefined;
      return p?.action === actionId;
    });
  const moves: Array<[string, string, string[]]> = [
    ['a-review-cycle', USERS.editor, ['11', '21', '31', '41', '51']],
    ['a-ratings', USERS.editor, ['61']],
  ];
  for (const [actionId, as, transitions] of moves) {
    const issue = byAction(actionId);
    if (!issue) throw new Error(`The demo action ${actionId} has no Jira issue`);
    for (const id of transitions) {
      const res = await host.outsideInvocation(() =>
        host.jira({
          method: 'POST',
          path: `/rest/api/3/issue/${issue.key}/transitions`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ transition: { id } }),
          actingAccountId: as,
        }),
      );
      if (res.status !== 204)
        throw new Error(`The demo could not move ${issue.key} (${id}): ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
  await host.settle();
}
