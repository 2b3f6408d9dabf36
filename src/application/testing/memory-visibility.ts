import type { IssueVisibilityPort } from '../issue-visibility';

/**
 * Which issues the reader may browse (`IssueVisibilityPort`): every id except `hidden` (issue-level
 * security). `asked` keeps every batch of ids asked about, to check that a list asked at all.
 */
export function memoryVisibility(hidden: readonly string[]): IssueVisibilityPort & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    browsable: (issueIds) => {
      asked.push([...issueIds]);
      return Promise.resolve(new Set(issueIds.filter((id) => !hidden.includes(id))));
    },
  };
}
