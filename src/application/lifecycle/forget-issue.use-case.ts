import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativesPort } from '../ports';

export interface ForgetIssuePorts {
  config(): Promise<ScoringConfig>;
  initiatives: Pick<InitiativesPort, 'get'>;
  /** Removes the initiative (if any) and its portfolio place, and keeps a tombstone, in one write. */
  remove(issueId: string, tombstone: { issueKey: string; deletedAt: string }): Promise<'removed' | 'absent'>;
}

/**
 * After `avi:jira:deleted:issue`: the initiative leaves the portfolio and its record (ratings,
 * plan, score history) goes with the issue, which Jira cannot restore. The decision log keeps its
 * entries: it is append-only and hash-chained, and it is the record of what was decided about that
 * key. A tombstone stays so that a duplicated or late created/updated event cannot bring the
 * initiative back; it is written for an issue without a record only if its type takes part (only
 * those would be recreated). Duplicates are harmless: the second finds nothing to remove.
 */
export async function forgetIssue(
  ports: ForgetIssuePorts,
  issue: { id: string; key: string; issueType: string | undefined; deletedAt: string },
): Promise<'removed' | 'tombstoned' | 'ignored'> {
  const tombstone = { issueKey: issue.key, deletedAt: issue.deletedAt };
  if (await ports.initiatives.get(issue.id)) {
    return (await ports.remove(issue.id, tombstone)) === 'removed' ? 'removed' : 'tombstoned';
  }
  const { enabledIssueTypes } = await ports.config();
  if (issue.issueType === undefined || !enabledIssueTypes.includes(issue.issueType)) return 'ignored';
  await ports.remove(issue.id, tombstone);
  return 'tombstoned';
}
