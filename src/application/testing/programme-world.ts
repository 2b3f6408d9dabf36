import type { RescoreEvent, RescoreJob } from '../admin/rescore-job';
import type { ConfigRequest, ScoringConfigPorts } from '../programme/scoring-config.ports';
import { Faults } from './faults';
import { FixedClock, fixedIdentity } from './fixed-clock';
import { MemoryDecisions } from './memory-decisions';
import { MemoryRequests } from './memory-requests';
import { MemorySettings } from './memory-settings';
import { copy } from './stored-value';

export const PROGRAMME_ADMIN = { accountId: 'u-csi-admin', displayName: 'Chen Okafor' };

/**
 * The CSI programme page's ports in memory (`ScoringConfigPorts`): the settings, the decision log,
 * a request ledger holding each configuration request's record, the re-score job record and the
 * queue (`pushed` keeps every event); `invoke()` gives one invocation's ports. `initiatives`: how many the re-score will count. Faults:
 * `settings.save`, `decisions.append`, `job.save`, `queue.push`.
 */
export function programmeWorld(options: { initiatives?: number } = {}) {
  const faults = new Faults();
  const requests = new MemoryRequests();
  const settings = new MemorySettings(requests, { revision: 1 }, faults);
  const decisions = new MemoryDecisions(requests, faults);
  const clock = new FixedClock('2026-12-02T09:00:00.000Z');
  const identity = fixedIdentity(PROGRAMME_ADMIN);
  const pushed: RescoreEvent[] = [];
  const state: { job: RescoreJob | undefined; jobWrites: number } = { job: undefined, jobWrites: 0 };
  const ports: ScoringConfigPorts = {
    settings: settings.settings,
    saveSettings: settings.saveSettings,
    requests: {
      key: requests.key,
      get: (key) => {
        const effect = requests.effectOf(key);
        const record = effect?.kind === 'write' && effect.what === 'settings' ? effect.record : undefined;
        return Promise.resolve(record === undefined ? undefined : copy(record as ConfigRequest));
      },
      set: (key, record) =>
        Promise.resolve(requests.commit(key, { kind: 'write', what: 'settings', record: copy(record) })),
      recorded: (version) => Promise.resolve(decisions.recordsConfigVersion(version)),
    },
    issueTypes: () =>
      Promise.resolve([
        { id: '1', name: 'Improvement' },
        { id: '2', name: 'Task' },
      ]),
    countInitiatives: () => Promise.resolve(options.initiatives ?? 0),
    job: () => Promise.resolve(state.job && copy(state.job)),
    saveJob: (job) => {
      faults.beforeWrite('job.save');
      state.job = copy(job);
      state.jobWrites += 1;
      return Promise.resolve();
    },
    startRescore: (event) => {
      faults.beforeWrite('queue.push');
      pushed.push(copy(event));
      return Promise.resolve();
    },
    decisions,
    identity,
    clock,
  };
  /**
   * The ports of one resolver invocation: the settings are read once and memoised for the rest of
   * it, as the programme resolver's `ctx.memo('settings', loadSettings)` does.
   */
  const invoke = (): ScoringConfigPorts => {
    let read: ReturnType<ScoringConfigPorts['settings']> | undefined;
    return { ...ports, settings: () => (read ??= settings.settings()) };
  };
  return { ports, invoke, faults, requests, settings, decisions, clock, identity, pushed, state };
}
