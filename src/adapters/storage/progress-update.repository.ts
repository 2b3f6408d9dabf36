import { kvs, Sort, WhereConditions } from '@forge/kvs';
import * as z from 'zod';
import { progressUpdateSchema } from '../../application/initiative-record';
import type { ProgressUpdatesPort } from '../../application/ports';
import type { ProgressUpdateView } from '../../contracts/views';
import { withoutBlankStrings } from './entity-attributes';
import { ENTITIES } from './keys';

interface ProgressUpdateEntity {
  issueId: string;
  projectKey: string;
  at: string;
  update: ProgressUpdateView;
}

const stored = z.object({ update: progressUpdateSchema });
const entity = () => kvs.entity<ProgressUpdateEntity>(ENTITIES.progressUpdate);

/** Structured progress updates, one entity each, indexed by issue and by project. */
export const progressUpdates: ProgressUpdatesPort = {
  async add(issueId, projectKey, update) {
    const value = withoutBlankStrings({ issueId, projectKey, at: update.at, update });
    await entity().set(`${issueId}:${update.at}:${update.id}`, value);
  },
  async recent(issueId, limit) {
    const page = await entity()
      .query()
      .index('by-issue', { partition: [issueId] })
      .where(WhereConditions.greaterThan(''))
      .sort(Sort.DESC)
      .limit(limit)
      .getMany();
    return page.results.map((r) => stored.parse(r.value).update);
  },
};
