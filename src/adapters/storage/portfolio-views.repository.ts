import { kvs } from '@forge/kvs';
import { savedViewSchema, MAX_SAVED_VIEWS } from '../../contracts/project-page.contract';
import type { SavedViewsPort } from '../../application/portfolio/portfolio-views.use-case';
import { KEYS } from './keys';

/**
 * Saved portfolio views, one KVS value per reader and project (at most `MAX_SAVED_VIEWS` small
 * views, far under the 240 KiB value limit). What is read back is parsed: a view that no longer
 * fits the schema is dropped, never shown half.
 */
export const portfolioViews: SavedViewsPort = {
  async load(accountId, projectKey) {
    const stored: unknown = await kvs.get(KEYS.portfolioViews(accountId, projectKey));
    const list = Array.isArray(stored) ? stored : [];
    return list
      .map((v) => savedViewSchema.safeParse(v))
      .filter((r) => r.success)
      .map((r) => r.data)
      .slice(0, MAX_SAVED_VIEWS);
  },
  async store(accountId, projectKey, views) {
    // An empty list is stored as such: one write path, no delete for the platform to simulate.
    await kvs.set(KEYS.portfolioViews(accountId, projectKey), views);
  },
};
