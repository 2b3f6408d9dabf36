import { MAX_SAVED_VIEWS, type SavedView } from '../../contracts/project-page.contract';
import { memorySavedViews } from '../testing/memory-saved-views';
import { deleteView, listViews, saveView } from './portfolio-views.use-case';

const owner = { accountId: 'u-editor', projectKey: 'CSI' };
const view = (name: string, status?: string): SavedView => ({ name, filters: status ? { status } : {}, sort: null });

describe('saved portfolio views', () => {
  it('saves views by name for one reader and project, listed by name', async () => {
    const port = memorySavedViews();
    await saveView(port, owner, view('Zeta'));
    await saveView(port, owner, view('Alpha'));
    expect((await listViews(port, owner)).views.map((v) => v.name)).toEqual(['Alpha', 'Zeta']);
    expect((await listViews(port, { ...owner, accountId: 'u-other' })).views).toEqual([]);
    expect((await listViews(port, { ...owner, projectKey: 'OPS' })).views).toEqual([]);
  });

  it('replaces the view of the same name whatever its letter case, so a retried save has one effect', async () => {
    const port = memorySavedViews();
    await saveView(port, owner, view('Doing', 'To Do'));
    await saveView(port, owner, view('DOING', 'In Progress'));
    await saveView(port, owner, view('DOING', 'In Progress'));
    expect((await listViews(port, owner)).views).toEqual([view('DOING', 'In Progress')]);
  });

  it(`refuses a new name past ${MAX_SAVED_VIEWS} views and changes nothing, but still replaces an existing one`, async () => {
    const port = memorySavedViews();
    for (let i = 0; i < MAX_SAVED_VIEWS; i += 1) await saveView(port, owner, view(`View ${i}`));
    const stores = port.stores;
    const refused = await saveView(port, owner, view('One more'));
    expect(refused.ok ? 'ok' : refused.error).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { 'view.name': [expect.any(String)] },
    });
    expect(port.stores).toBe(stores);
    expect((await saveView(port, owner, view('View 3', 'Done'))).ok).toBe(true);
  });

  it('deletes by name, and deleting what is not there writes nothing', async () => {
    const port = memorySavedViews();
    await saveView(port, owner, view('Mine'));
    expect((await deleteView(port, owner, 'mine')).views).toEqual([]);
    const stores = port.stores;
    expect((await deleteView(port, owner, 'mine')).views).toEqual([]);
    expect(port.stores).toBe(stores);
  });
});
