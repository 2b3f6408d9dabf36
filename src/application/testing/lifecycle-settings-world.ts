import { FixedClock } from './fixed-clock';
import { MemoryLifecycleSettings } from './memory-lifecycle-settings';
import { MemoryRequests } from './memory-requests';

export const CSI_ADMIN = { accountId: 'u-csi-admin', displayName: 'Chen Okafor' };
export const OWNER = { accountId: 'u-owner', displayName: 'Olu Owner' };
export const OTHER_OWNER = { accountId: 'u-owner-2', displayName: 'Oda Owner' };

/** The CSI admin's lifecycle settings in memory, project CSI's workflow and three Jira users. */
export function lifecycleSettingsWorld() {
  const requests = new MemoryRequests();
  const store = new MemoryLifecycleSettings(requests, {
    CSI: ['To Do', 'Under review', 'Approved', 'Piloting', 'Rolling out', 'Done'],
  });
  const clock = new FixedClock('2026-12-02T09:00:00.000Z');
  const ports = store.ports(CSI_ADMIN, [CSI_ADMIN, OWNER, OTHER_OWNER], clock.now);
  return {
    requests,
    store,
    clock,
    ports,
    snapshot: () => JSON.stringify([store.catalogueNow, store.workflowNow, requests.keys()]),
  };
}
