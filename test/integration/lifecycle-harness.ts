import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import { allDecisions } from '../../src/adapters/storage/decision-log.repository';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { getPilot, setPilot } from '../../src/adapters/storage/pilot.repository';
import { loadWorkflowMap } from '../../src/adapters/storage/workflow-map.repository';
import type { InitiativeRecord } from '../../src/application/initiative-record';
import { lifecycleOf } from '../../src/application/lifecycle/lifecycle-state';
import { emptyPilot, type PilotRecord } from '../../src/application/pilot/pilot-record';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import type { LifecycleStage } from '../../src/domain/lifecycle/lifecycle-stage.vocabulary';
import { asPerson } from '../support/product-requests';
import { invokeAs } from '../support/seeded-host';

/**
 * What the lifecycle tests do on the local host, as people and the CSI app would: create an
 * initiative in Jira, move it through Jira's transitions (the host asks the app's workflow
 * validator), decide in the CSI panel (the real resolvers), and read what the app and Jira hold.
 */
export function lifecycleHarness(host: LocalHost) {
  host.store.projects.grant(PROJECTS.csi.id, USERS.editor, [
    'BROWSE_PROJECTS',
    'CREATE_ISSUES',
    'EDIT_ISSUES',
    'TRANSITION_ISSUES',
  ]);
  const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
  const idOf = (key: string) => String(host.store.issues.find(key)!.id);
  const panel = (key: string, as: string = USERS.csiAdmin) => ({
    moduleKey: 'csi-issue-panel',
    accountId: as,
    issueKey: key,
  });

  const h = {
    read,
    idOf,
    /** A new initiative (an Improvement in CSI), its created event handled. */
    async create(summary: string): Promise<string> {
      const created = await asPerson(host, USERS.editor, 'POST', '/rest/api/3/issue', {
        fields: { project: { key: 'CSI' }, issuetype: { name: 'Improvement' }, summary },
      });
      if (created.status !== 201) throw new Error(`create: ${created.status}`);
      await host.settle();
      return (created.body as { key: string }).key;
    },
    /** A person's transition in Jira (the validator is asked), then the queues drained. */
    async transition(key: string, id: string, as: string = USERS.editor) {
      const res = await asPerson(host, as, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
      await host.settle();
      const body = (res.body ?? {}) as { errorMessages?: string[] };
      return { status: res.status, message: (body.errorMessages ?? []).join(' ') };
    },
    /** Jira's status of the issue now. */
    status: (key: string) => host.store.issues.find(key)!.status.name,
    record: (key: string): Promise<InitiativeRecord | undefined> => read(() => getInitiative(idOf(key))),
    /** The app's stage, as the validator and the decisions read it (with the saved mapping). */
    async stage(key: string): Promise<LifecycleStage | undefined> {
      const [record, map] = await Promise.all([h.record(key), read(loadWorkflowMap)]);
      return record && lifecycleOf(record, map.stages).stage;
    },
    /** A CSI panel call as `as` (a CSI admin by default), queues drained. */
    call: <T = PanelData>(key: string, callKey: string, payload: unknown, as: string = USERS.csiAdmin) =>
      invokeAs<T>(host, panel(key, as), callKey, payload),
    decide: (key: string, decision: Record<string, unknown>) =>
      invokeAs<PanelData>(host, panel(key), 'issuePanel.recordDecision', { decision }),
    reject: (key: string, rationale = 'Covered by the self-help portal initiative.') =>
      invokeAs<PanelData>(host, panel(key), 'issuePanel.reject', {
        reasonCategory: 'duplicate',
        rationale,
        optionsConsidered: [],
      }),
    /** Rates every criterion (or all but `skip`) and saves a plan whose MVI passes (or fails). */
    async scoreAndPlan(key: string, { skip, mvi = 'passed' }: { skip?: string; mvi?: 'passed' | 'failed' } = {}) {
      const ratings = ['business-impact', 'strategic-alignment', 'effort', 'risk']
        .filter((k) => k !== skip)
        .map((criterionKey) => ({ criterionKey, rating: 3, rationale: 'Agreed at the CAB' }));
      const rated = await h.call(key, 'issuePanel.rate', { ratings }, USERS.editor);
      if (!rated.envelope.ok) throw new Error(`rate: ${rated.envelope.error.message}`);
      const expected = mvi === 'passed' ? 950 : 1200;
      const plan = {
        plannedDurationDays: 60,
        kpi: { name: 'Tickets per week', direction: 'decrease', baseline: 1240, expected, thresholdPct: null },
      };
      const planned = await h.call(key, 'issuePanel.savePlan', plan, USERS.editor);
      if (!planned.envelope.ok) throw new Error(`plan: ${planned.envelope.error.message}`);
    },
    /** Writes the pilot straight through the app's repository (setup, not what is tested). */
    async pilot(key: string, change: (pilot: PilotRecord) => PilotRecord): Promise<void> {
      await read(async () => {
        const before = await getPilot(idOf(key));
        const base = before ?? emptyPilot(idOf(key), 'CSI');
        const tx = kvs.transact();
        setPilot(tx, before, { ...change(base), revision: base.revision + 1 });
        await tx.execute();
      });
    },
  };
  return h;
}

export type LifecycleHarness = ReturnType<typeof lifecycleHarness>;

/** Every decision-log entry, in seq order, as stored. */
export async function getDecisionEntries(
  host: LocalHost,
): Promise<Array<{ seq: number; type: string; subject?: { issueKey?: string } | null }>> {
  return host.runtime.run('test', 'read', undefined, undefined, async () => {
    const all: Array<{ seq: number; type: string; subject?: { issueKey?: string } | null }> = [];
    for await (const page of allDecisions())
      for (const { entry } of page)
        all.push(entry as { seq: number; type: string; subject?: { issueKey?: string } | null });
    return all;
  });
}

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The parts of a pilot that open the gate, each of which a test may leave out or spoil. */
export interface PilotReadiness {
  commitment?: 'confirmed' | 'requested' | 'none';
  dependencyReview?: boolean;
  checkpoint?: 'go' | 'hold' | 'no-go' | 'none';
}

/** A pilot with a confirmed commitment, a current dependency review and a latest checkpoint go. */
export function readyPilot(issueId: string, ready: PilotReadiness = {}) {
  const { commitment = 'confirmed', dependencyReview = true, checkpoint = 'go' } = ready;
  return (pilot: PilotRecord): PilotRecord => ({
    ...pilot,
    services: ['vpn'],
    dependencyReview: dependencyReview
      ? {
          reviewedBy: USERS.csiAdmin,
          reviewerName: 'Chen Okafor',
          reviewedAt: `${today()}T09:00:00.000Z`,
          services: ['vpn'],
        }
      : null,
    commitments:
      commitment === 'none'
        ? []
        : [
            {
              id: 'c-1',
              initiativeId: issueId,
              personId: USERS.viewer,
              personName: 'Vera Lind',
              hoursPerWeek: 8,
              start: today(),
              end: inDays(60),
              requestedBy: USERS.editor,
              requestedAt: `${today()}T08:00:00.000Z`,
              ...(commitment === 'confirmed'
                ? {
                    confirmedBy: USERS.csiAdmin,
                    confirmedByName: 'Chen Okafor',
                    confirmedAt: `${today()}T10:00:00.000Z`,
                    confirmedFor: 'vpn',
                  }
                : {}),
            },
          ],
    checkpoints:
      checkpoint === 'none'
        ? []
        : [
            {
              id: 'cp-1',
              name: 'Week 4 review',
              dueDate: today(),
              criteria: [],
              rollbackProcedure: 'Switch the routing rule back.',
              decision: {
                checkpointId: 'cp-1',
                verdict: checkpoint,
                rationale: 'Measured at the CAB',
                deciderId: USERS.csiAdmin,
                recommended: checkpoint,
                override: false,
                decidedAt: `${today()}T11:00:00.000Z`,
                seq: 1,
              },
            },
          ],
  });
}
