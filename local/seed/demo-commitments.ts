import { randomUUID } from 'node:crypto';
import type { LocalHost } from '../host';
import { USERS } from '../product/demo-ids';
import { linksOf } from '../product/store/link-store';
import { resourcesDeps } from '../../src/adapters/deps';
import { createMemo } from '../../src/adapters/resolvers/memo';
import { confirmResourceCommitment } from '../../src/application/pilot/commitment-confirm.use-case';
import { requestCommitment, type CommitmentRequest } from '../../src/application/pilot/commitment-request.use-case';
import { markDependencyReviewed } from '../../src/application/pilot/dependency-review.use-case';
import { nameServices } from '../../src/application/pilot/services.use-case';
import type { ResourcesDeps } from '../../src/application/pilot/commitment.ports';
import type { PanelCaller } from '../../src/application/scoring/panel.ports';
import type { DemoIssue } from './demo-decisions';

const DAY_MS = 86_400_000;

/** One step of the demo, replayed in time order by the real use cases as `as`. */
interface Step {
  daysAgo: number;
  as: string;
  run: (deps: ResourcesDeps, caller: (key: string) => PanelCaller) => Promise<unknown>;
}

/**
 * The demo's resource commitments and dependency analysis (issue 10 items 3 and 5), written by the
 * app's own use cases with back-dated clocks:
 * - CSI-1 (swarming) and CSI-6 (chatbot) both name the service desk and VPN access: an overlap;
 *   CSI-8 (HR-to-IT handoff) names payroll and the service desk. CSI-1's dependency review is done.
 * - Vera Lind is over-committed: 20 h/week confirmed on CSI-1 and 30 h/week requested on CSI-6.
 * - Omar Reyes had 10 h/week on CSI-1, confirmed, which has expired; Eli Marsh's 8 h/week on CSI-8
 *   are confirmed by payroll's owner, Vera.
 * - CSI-6 links to CSI-12 (relates to) and is blocked by an OPS issue its readers cannot all see.
 * Chen Okafor (CSI admin, VPN access owner) can confirm Vera's CSI-6 request in the workbench.
 */
export async function seedCommitments(host: LocalHost, issues: DemoIssue[], baseDate: string): Promise<void> {
  const day = (offset: number) => new Date(Date.parse(baseDate) + offset * DAY_MS).toISOString().slice(0, 10);
  const byKey = (key: string) => {
    const issue = issues.find((i) => i.key === key);
    if (!issue) throw new Error(`Seeded issue missing: ${key}`);
    return issue;
  };
  const ids: Record<string, string> = {};
  const request =
    (key: string, name: string, input: CommitmentRequest): Step['run'] =>
    async (deps, caller) => {
      const answer = await requestCommitment(deps, caller(key), input);
      if (!answer.ok) throw new Error(`Demo commitment ${name}: ${answer.error.message}`);
      ids[name] = answer.value.commitments.find((c) => c.person.accountId === input.personAccountId)?.id ?? '';
    };
  const confirm =
    (key: string, name: string): Step['run'] =>
    async (deps, caller) => {
      const answer = await confirmResourceCommitment(deps, caller(key), ids[name] ?? '');
      if (!answer.ok) throw new Error(`Confirming demo commitment ${name}: ${JSON.stringify(answer.error)}`);
    };
  const services =
    (key: string, keys: string[]): Step['run'] =>
    async (deps, caller) => {
      const answer = await nameServices(deps, caller(key), keys);
      if (!answer.ok) throw new Error(`Demo services of ${key}: ${answer.error.message}`);
    };
  const steps: Step[] = [
    { daysAgo: 120, as: USERS.editor, run: services('CSI-1', ['service-desk', 'vpn']) },
    {
      daysAgo: 110,
      as: USERS.editor,
      run: request('CSI-1', 'omar', {
        personAccountId: USERS.outsider,
        hoursPerWeek: 10,
        start: day(-100),
        end: day(-30),
      }),
    },
    { daysAgo: 105, as: USERS.csiAdmin, run: confirm('CSI-1', 'omar') },
    { daysAgo: 60, as: USERS.csiAdmin, run: services('CSI-8', ['payroll', 'service-desk']) },
    {
      daysAgo: 58,
      as: USERS.csiAdmin,
      run: request('CSI-8', 'eli', { personAccountId: USERS.editor, hoursPerWeek: 8, start: day(-50), end: day(150) }),
    },
    { daysAgo: 55, as: USERS.viewer, run: confirm('CSI-8', 'eli') },
    {
      daysAgo: 20,
      as: USERS.editor,
      run: request('CSI-1', 'vera', {
        personAccountId: USERS.viewer,
        hoursPerWeek: 20,
        start: day(-10),
        end: day(120),
      }),
    },
    { daysAgo: 18, as: USERS.csiAdmin, run: confirm('CSI-1', 'vera') },
    {
      daysAgo: 6,
      as: USERS.editor,
      run: async (deps, caller) => {
        const answer = await markDependencyReviewed(deps, caller('CSI-1'), 'Agreed the VPN change window with CSI-6');
        if (!answer.ok) throw new Error(`Demo dependency review: ${answer.error.message}`);
      },
    },
    { daysAgo: 4, as: USERS.editor, run: services('CSI-6', ['service-desk', 'vpn']) },
    {
      daysAgo: 3,
      as: USERS.editor,
      run: request('CSI-6', 'vera-chatbot', {
        personAccountId: USERS.viewer,
        hoursPerWeek: 30,
        start: day(30),
        end: day(150),
      }),
    },
  ];
  seedLinks(host, byKey('CSI-6'), byKey('CSI-12'));
  for (const step of steps.sort((a, b) => b.daysAgo - a.daysAgo)) {
    const now = new Date(Date.parse(baseDate) - step.daysAgo * DAY_MS).toISOString();
    const user = host.store.users.get(step.as);
    await host.runtime.run('seed', 'seed.commitments', step.as, undefined, () => {
      const deps: ResourcesDeps = {
        ...resourcesDeps(createMemo()),
        identity: { currentUser: () => Promise.resolve({ accountId: step.as, displayName: user?.displayName ?? '' }) },
        clock: { now: () => now, id: randomUUID },
      };
      const caller = (key: string): PanelCaller => {
        const issue = byKey(key);
        return {
          issue: { id: issue.id, key, type: 'Improvement' },
          accountId: step.as,
          canEdit: true,
          isCsiAdmin: false,
        };
      };
      return step.run(deps, caller);
    });
  }
}

/** Jira links of CSI-6 (product data, as a user would have linked them in Jira). */
function seedLinks(host: LocalHost, chatbot: DemoIssue, knowledge: DemoIssue): void {
  const links = linksOf(host.store.db);
  const relates = '10003';
  const blocks = '10000';
  links.add(relates, Number(chatbot.id), Number(knowledge.id));
  const ops = host.store.issues.list().find((i) => i.key.startsWith('OPS-'));
  if (ops) links.add(blocks, ops.id, Number(chatbot.id));
}
