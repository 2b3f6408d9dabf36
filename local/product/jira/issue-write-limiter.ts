/** One per-issue write window: at most `limit` writes to one issue within `windowMs`. */
export interface IssueWriteWindow {
  limit: number;
  windowMs: number;
}

/** The answer of `IssueWriteLimiter.tryAcquire`; a refusal names the window that is full. */
export type LimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number; limit: number; resetAt: Date };

/**
 * Jira's per-issue write limits (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/,
 * "Per-issue write limits"): "Short window: 20 write operations per 2 seconds", "Long window: 100
 * write operations per 30 seconds".
 */
export const PER_ISSUE_WRITE_WINDOWS: readonly IssueWriteWindow[] = [
  { limit: 20, windowMs: 2_000 },
  { limit: 100, windowMs: 30_000 },
];

/**
 * Jira Cloud's per-issue write limit: every window must have room for a write to one issue.
 * All-or-nothing for a set of issues, so a refused bulk write consumes nothing.
 */
export class IssueWriteLimiter {
  private readonly writes = new Map<number, number[]>();
  private readonly longestMs: number;

  constructor(private readonly windows: readonly IssueWriteWindow[] = PER_ISSUE_WRITE_WINDOWS) {
    this.longestMs = Math.max(...windows.map((w) => w.windowMs));
  }

  tryAcquire(issueIds: readonly number[], nowMs: number): LimitDecision {
    const unique = [...new Set(issueIds)];
    let refusal: { waitMs: number; limit: number } | undefined;
    for (const id of unique) {
      const recent = this.recent(id, nowMs);
      for (const { limit, windowMs } of this.windows) {
        const inWindow = recent.filter((t) => t > nowMs - windowMs);
        if (inWindow.length < limit) continue;
        const waitMs = inWindow[inWindow.length - limit]! + windowMs - nowMs;
        if (!refusal || waitMs > refusal.waitMs) refusal = { waitMs, limit };
      }
    }
    if (refusal) {
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.waitMs / 1000));
      return { ok: false, retryAfterSeconds, limit: refusal.limit, resetAt: new Date(nowMs + refusal.waitMs) };
    }
    for (const id of unique) this.writes.set(id, [...this.recent(id, nowMs), nowMs]);
    return { ok: true };
  }

  private recent(issueId: number, nowMs: number): number[] {
    return (this.writes.get(issueId) ?? []).filter((t) => t > nowMs - this.longestMs);
  }
}
