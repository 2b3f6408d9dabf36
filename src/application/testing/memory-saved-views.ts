import type { SavedView } from '../../contracts/project-page.contract';
import type { SavedViewsPort } from '../portfolio/portfolio-views.use-case';
import { copy } from './stored-value';

/** Saved portfolio views per reader and project (`SavedViewsPort`); `stores` counts the writes. */
export function memorySavedViews(): SavedViewsPort & { stores: number; stored: Map<string, SavedView[]> } {
  const stored = new Map<string, SavedView[]>();
  const port = {
    stores: 0,
    stored,
    load: (accountId: string, projectKey: string) =>
      Promise.resolve(copy(stored.get(`${accountId}:${projectKey}`) ?? [])),
    store: (accountId: string, projectKey: string, views: SavedView[]) => {
      port.stores += 1;
      stored.set(`${accountId}:${projectKey}`, copy(views));
      return Promise.resolve();
    },
  };
  return port;
}
