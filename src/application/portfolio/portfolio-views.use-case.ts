import { MAX_SAVED_VIEWS, type SavedView } from '../../contracts/project-page.contract';
import { err, ok, type Result } from '../../domain/result';

/** One reader's saved portfolio views of one project (bounded to `MAX_SAVED_VIEWS`). */
export interface SavedViewsPort {
  load(accountId: string, projectKey: string): Promise<SavedView[]>;
  store(accountId: string, projectKey: string, views: SavedView[]): Promise<void>;
}

type Owner = { accountId: string; projectKey: string };

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** The caller's views, by name. */
export async function listViews(port: SavedViewsPort, owner: Owner): Promise<{ views: SavedView[] }> {
  return { views: await port.load(owner.accountId, owner.projectKey) };
}

/**
 * Saves a view under its name, replacing the caller's view of the same name (letter case aside),
 * so a retried save has one effect. A new name past `MAX_SAVED_VIEWS` is refused and changes nothing.
 */
export async function saveView(
  port: SavedViewsPort,
  owner: Owner,
  view: SavedView,
): Promise<Result<{ views: SavedView[] }>> {
  const current = await port.load(owner.accountId, owner.projectKey);
  const others = current.filter((v) => !sameName(v.name, view.name));
  if (others.length >= MAX_SAVED_VIEWS) {
    return err({
      code: 'INVALID_INPUT',
      message: `You can keep up to ${MAX_SAVED_VIEWS} views. Delete one first.`,
      fieldErrors: { 'view.name': [`You can keep up to ${MAX_SAVED_VIEWS} views; delete one first`] },
    });
  }
  const views = [...others, view].sort((a, b) => a.name.localeCompare(b.name));
  await port.store(owner.accountId, owner.projectKey, views);
  return ok({ views });
}

/** Deletes the caller's view of that name (nothing to delete is not an error: a retry has one effect). */
export async function deleteView(port: SavedViewsPort, owner: Owner, name: string): Promise<{ views: SavedView[] }> {
  const current = await port.load(owner.accountId, owner.projectKey);
  const views = current.filter((v) => !sameName(v.name, name));
  if (views.length !== current.length) await port.store(owner.accountId, owner.projectKey, views);
  return { views };
}
