import type { LocalHost } from '../host';
import { USERS } from '../product/demo-ids';
import { saveServices } from '../../src/adapters/storage/lifecycle-services.repository';
import { saveWorkflowMap } from '../../src/adapters/storage/workflow-map.repository';
import type { StoredService } from '../../src/application/lifecycle-settings/lifecycle-settings.ports';

/** The demo's services catalogue: three active services with owners and one retired one. */
export const DEMO_SERVICES: ReadonlyArray<Pick<StoredService, 'key' | 'name' | 'ownerAccountId' | 'retired'>> = [
  { key: 'service-desk', name: 'Service desk', ownerAccountId: USERS.editor, retired: false },
  { key: 'vpn', name: 'VPN access', ownerAccountId: USERS.csiAdmin, retired: false },
  { key: 'payroll', name: 'Payroll', ownerAccountId: USERS.viewer, retired: false },
  { key: 'fax-gateway', name: 'Fax gateway', ownerAccountId: USERS.editor, retired: true },
];

/**
 * Seeds the CSI admins' lifecycle settings through the app's repositories: the services above and
 * a mapping of the app stages onto the demo CSI workflow, with the transitions into delivery gated.
 */
export async function seedLifecycleSettings(host: LocalHost, at: string): Promise<void> {
  const admin = { accountId: USERS.csiAdmin, displayName: host.store.users.get(USERS.csiAdmin)?.displayName ?? '' };
  await host.runtime.run('seed', 'seed.lifecycleSettings', USERS.csiAdmin, undefined, async () => {
    const services = DEMO_SERVICES.map((s) => ({ ...s, revision: 1, changedBy: USERS.csiAdmin, changedAt: at }));
    await saveServices({ revision: 0, services });
    await saveWorkflowMap({
      version: 1,
      projectKey: 'CSI',
      stages: [
        { stage: 'proposed', status: 'To Do' },
        { stage: 'under-review', status: 'Under Review' },
        { stage: 'approved', status: 'Approved' },
        { stage: 'piloting', status: 'In Progress' },
        { stage: 'rolling-out', status: 'Rolling Out' },
        { stage: 'done', status: 'Done' },
        { stage: 'rejected', status: 'Rejected' },
      ],
      gates: [
        {
          status: 'In Progress',
          conditions: ['score-complete', 'mvi-passed', 'commitment-confirmed', 'dependency-review-done'],
        },
        { status: 'Rolling Out', conditions: ['score-complete', 'mvi-passed', 'latest-checkpoint-go'] },
      ],
      changedBy: admin,
      changedAt: at,
    });
  });
}
