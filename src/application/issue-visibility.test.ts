import { keepBrowsable, type IssueVisibilityPort } from './issue-visibility';

/** An in-memory port: the reader may browse exactly `allowed`; records every question. */
const portAllowing = (allowed: string[]) => {
  const asked: string[][] = [];
  const port: IssueVisibilityPort = {
    browsable: (ids) => {
      asked.push([...ids]);
      return Promise.resolve(new Set(ids.filter((id) => allowed.includes(id))));
    },
  };
  return { port, asked };
};

describe('keepBrowsable', () => {
  const items = [
    { name: 'open', issueId: '1' as string | null | undefined },
    { name: 'secured', issueId: '2' },
    { name: 'about no issue', issueId: null },
    { name: 'unknown issue', issueId: undefined },
    { name: 'open again', issueId: '1' },
  ];

  it('keeps browsable issues and items about no issue, drops the rest, in order, asking once', async () => {
    const { port, asked } = portAllowing(['1']);
    const kept = await keepBrowsable(port, items, (i) => i.issueId);
    expect(kept.map((i) => i.name)).toEqual(['open', 'about no issue', 'open again']);
    expect(asked).toEqual([['1', '2']]);
  });

  it('asks nothing when no item is about an issue', async () => {
    const { port, asked } = portAllowing([]);
    expect(await keepBrowsable(port, [{ issueId: null }], (i) => i.issueId)).toHaveLength(1);
    expect(asked).toEqual([]);
  });

  it('fails closed: when the check fails, the list fails instead of showing everything', async () => {
    const failing: IssueVisibilityPort = { browsable: () => Promise.reject(new Error('Jira is down')) };
    await expect(keepBrowsable(failing, items, (i) => i.issueId)).rejects.toThrow('Jira is down');
  });
});
