import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { ConfigRequest, StoredSettings } from '../programme/scoring-config.ports';
import type { CsiAdminPorts } from '../admin/csi-admin.ports';
import type { UserRefRecord } from '../initiative-record';
import type { SettingsPort } from '../ports';
import { memoryUsers } from './memory-issues';
import { Faults } from './faults';
import type { MemoryRequests } from './memory-requests';
import { copy } from './stored-value';

/**
 * The settings record in memory (the configuration, who changed it, the CSI admins), with the
 * settings repository's contract: `revision` counts saves (0: never saved); `saveSettings` writes
 * only if the stored revision is the one read, and when only the CSI admins moved meanwhile (the
 * stored version is still the one before the save) it keeps them and saves; `saveCsiAdmins`
 * replaces the list and keeps everything else; a request key (and its record) commits with the
 * settings. Every version saved is kept, as the repository keeps one record per version.
 */
export class MemorySettings implements SettingsPort {
  private current: StoredSettings & { revision: number };
  readonly versions = new Map<number, ScoringConfig>();

  constructor(
    private readonly requests: MemoryRequests,
    initial: Partial<StoredSettings> = {},
    private readonly faults: Faults = new Faults(),
  ) {
    this.current = {
      config: defaultScoringConfig(),
      changedBy: null,
      changedAt: null,
      reason: null,
      csiAdmins: [],
      ...copy(initial),
      revision: initial.revision ?? 0,
    };
  }

  /** What is stored now (a copy). */
  stored(): StoredSettings & { revision: number } {
    return copy(this.current);
  }

  readonly load = (): Promise<{ config: ScoringConfig; csiAdmins: string[] }> =>
    Promise.resolve({ config: copy(this.current.config), csiAdmins: [...this.current.csiAdmins] });

  readonly settings = (): Promise<StoredSettings> => Promise.resolve(this.stored());

  readonly saveSettings = (
    next: StoredSettings,
    request?: { key: string; record: ConfigRequest },
  ): Promise<boolean> => {
    const read = next.revision ?? 0;
    if (read !== this.current.revision) {
      if (this.current.config.version !== next.config.version - 1) return Promise.resolve(false);
      next = { ...next, csiAdmins: this.current.csiAdmins };
    }
    this.write(next, request && { key: request.key, record: request.record, what: 'settings' });
    return Promise.resolve(true);
  };

  readonly saveCsiAdmins = (accountIds: readonly string[], requestKey?: string): Promise<void> => {
    const record = requestKey
      ? { key: requestKey, record: { csiAdmins: accountIds.length }, what: 'csi-admins' }
      : undefined;
    this.write({ ...this.current, csiAdmins: [...accountIds] }, record);
    return Promise.resolve();
  };

  /** The CSI-admin role's ports over these settings, with Jira's directory holding `users`. */
  csiAdminPorts(users: readonly UserRefRecord[]): CsiAdminPorts {
    return {
      csiAdmins: () => Promise.resolve([...this.current.csiAdmins]),
      saveCsiAdmins: this.saveCsiAdmins,
      usersByIds: memoryUsers(users).byIds,
      requests: { seen: this.requests.seen },
    };
  }

  private write(next: StoredSettings, request?: { key: string; record: unknown; what: string }): void {
    this.faults.beforeWrite('settings.save');
    const { revision: _read, ...data } = copy(next);
    this.current = { ...data, revision: this.current.revision + 1 };
    this.versions.set(data.config.version, copy(data.config));
    if (request) this.requests.commit(request.key, { kind: 'write', what: request.what, record: copy(request.record) });
    this.faults.afterWrite('settings.save');
  }
}
