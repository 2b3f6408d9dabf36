import type { ProgressUpdateView } from '../../contracts/views';
import { progressUpdateSchema } from '../initiative-record';
import type { ProgressUpdatesPort } from '../ports';
import { Faults } from './faults';
import { copy } from './stored-value';

/**
 * `ProgressUpdatesPort` in memory: one record per update, keyed like the repository's
 * (`<issueId>:<at>:<id>`, so storing the same update again overwrites it), parsed on read, `recent`
 * newest first.
 */
export class MemoryProgressUpdates implements ProgressUpdatesPort {
  private readonly rows = new Map<string, { issueId: string; projectKey: string; update: ProgressUpdateView }>();

  constructor(private readonly faults: Faults = new Faults()) {}

  all(issueId?: string): ProgressUpdateView[] {
    return [...this.rows.values()]
      .filter((r) => issueId === undefined || r.issueId === issueId)
      .map((r) => progressUpdateSchema.parse(copy(r.update)));
  }

  readonly add = (issueId: string, projectKey: string, update: ProgressUpdateView): Promise<void> => {
    this.faults.beforeWrite('updates.add');
    this.rows.set(`${issueId}:${update.at}:${update.id}`, { issueId, projectKey, update: copy(update) });
    this.faults.afterWrite('updates.add');
    return Promise.resolve();
  };

  readonly recent = (issueId: string, limit: number): Promise<ProgressUpdateView[]> =>
    Promise.resolve(
      [...this.rows.entries()]
        .filter(([, r]) => r.issueId === issueId)
        .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
        .slice(0, limit)
        .map(([, r]) => progressUpdateSchema.parse(copy(r.update))),
    );
}
