/**
 * Which issues the reader may browse. Lists built from the app's stored copies (portfolio, decision
 * log, progress report and their exports) must not show an issue that issue-level security hides
 * from the reader, even in a project the reader can browse. The adapter asks Jira as the reader and
 * throws when it cannot tell, so lists fail closed.
 */
export interface IssueVisibilityPort {
  /** The subset of `issueIds` (Jira's numeric ids, as strings) the reader may browse. */
  browsable(issueIds: readonly string[]): Promise<ReadonlySet<string>>;
}

/**
 * The items the reader may see: those about no issue (`issueIdOf` gives null) and those whose
 * issue the reader may browse. An item about an issue whose id is unknown (`undefined`) is dropped:
 * what cannot be checked is not shown.
 *
 * @example await keepBrowsable(port, records, (r) => r.issueId)
 */
export async function keepBrowsable<T>(
  port: IssueVisibilityPort,
  items: readonly T[],
  issueIdOf: (item: T) => string | null | undefined,
): Promise<T[]> {
  const ids = [...new Set(items.map(issueIdOf).filter((id): id is string => typeof id === 'string'))];
  const allowed = ids.length > 0 ? await port.browsable(ids) : new Set<string>();
  return items.filter((item) => {
    const id = issueIdOf(item);
    return id === null || (id !== undefined && allowed.has(id));
  });
}
