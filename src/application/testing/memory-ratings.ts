import type { InitiativeRecord } from '../initiative-record';
import type { RatingsPort } from '../ports';
import { raterRatingsSchema, type RaterRatings } from '../rater-ratings';
import type { MemoryInitiatives } from './memory-initiatives';
import { copy } from './stored-value';

type Change = Parameters<RatingsPort['rate']>[2];
type Create = Parameters<RatingsPort['rate']>[3];

/**
 * `RatingsPort` in memory: one entry per rater and initiative (parsed on read), `page` newest
 * first by the entry's time, and `rate` changing the initiative and the rater's entry in one step
 * through the initiatives port (conditional on both revisions, re-run on contention), as the real
 * adapter's one transaction does; `change` returning undefined writes neither.
 */
export class MemoryRatings implements RatingsPort {
  private readonly entries = new Map<string, string>();

  constructor(private readonly initiatives: MemoryInitiatives) {}

  /** Stores an entry as it is (seeding). */
  put(entry: RaterRatings): void {
    this.entries.set(keyOf(entry.issueId, entry.rater.accountId), JSON.stringify(entry));
  }

  read(issueId: string, accountId: string): RaterRatings | undefined {
    const json = this.entries.get(keyOf(issueId, accountId));
    return json === undefined ? undefined : raterRatingsSchema.parse(JSON.parse(json));
  }

  all(): RaterRatings[] {
    return [...this.entries.values()].map((json) => raterRatingsSchema.parse(JSON.parse(json)));
  }

  readonly mine = (issueId: string, accountId: string): Promise<RaterRatings | undefined> =>
    Promise.resolve(this.read(issueId, accountId));

  /** Pages latest first; the cursor is the offset of the next page (opaque to callers, as KVS's). */
  readonly page = (
    issueId: string,
    limit: number,
    cursor?: string,
  ): Promise<{ raters: RaterRatings[]; nextCursor?: string } | 'invalid-cursor'> => {
    if (cursor !== undefined && !/^\d+$/.test(cursor)) return Promise.resolve('invalid-cursor');
    const all = this.all()
      .filter((r) => r.issueId === issueId)
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const from = cursor === undefined ? 0 : Number(cursor);
    const raters = all.slice(from, from + limit);
    return Promise.resolve(from + limit < all.length ? { raters, nextCursor: String(from + limit) } : { raters });
  };

  readonly rate = async (
    issueId: string,
    accountId: string,
    change: Change,
    create?: Create,
  ): Promise<{ record: InitiativeRecord | undefined; mine: RaterRatings | undefined }> => {
    let mine: RaterRatings | undefined;
    let wrote: RaterRatings | undefined;
    const record = await this.initiatives.update(
      issueId,
      async (current) => {
        mine = this.read(issueId, accountId);
        const next = await change(current, mine === undefined ? undefined : copy(mine));
        wrote = next?.mine;
        return next?.record;
      },
      create,
      {
        alsoWrite: () => {
          const revision = mine?.revision;
          return {
            stillCurrent: () => this.read(issueId, accountId)?.revision === revision,
            validate: () => wrote && raterRatingsSchema.parse(copy(wrote)),
            commit: () => wrote && this.put(raterRatingsSchema.parse(copy(wrote))),
          };
        },
      },
    );
    return { record, mine: wrote ?? mine };
  };
}

const keyOf = (issueId: string, accountId: string) => `${issueId}:${accountId}`;
