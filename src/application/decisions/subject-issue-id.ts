/**
 * The issue a stored entry is about: null for a configuration-wide entry (no subject), undefined
 * when the entry names an issue without a readable id, which is then not shown: what cannot be
 * checked is hidden.
 *
 * @example subjectIssueId({ subject: { issueId: '10001' } }) // '10001'
 */
export function subjectIssueId(entry: unknown): string | null | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const subject = (entry as { subject?: unknown }).subject;
  if (subject === null) return null;
  const id = typeof subject === 'object' ? (subject as { issueId?: unknown }).issueId : undefined;
  return typeof id === 'string' ? id : undefined;
}
