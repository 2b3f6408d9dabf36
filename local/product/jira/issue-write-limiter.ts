/** The answer of `IssueWriteLimiter.tryAcquire`. */
export type LimitDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Jira Cloud's per-issue write limit: at most `limit` writes to one issue within `windowMs`.
 * All-or-nothing for a set of issues, so a refused bulk write consumes nothing.
 */
export class IssueWriteLimiter {
  private readonly writes = new Map<number, number[]>();

  constructor(
    private readonly limit = 20,
    private readonly windowMs = 2000,
  ) {}

  tryAcquire(issueIds: readonly number[], nowMs: number): LimitDecision {
    const unique = [...new Set(issueIds)];
    let waitMs = 0;
    for (const id of unique) {
      const recent = this.recent(id, nowMs);
      if (recent.length >= this.limit) waitMs = Math.max(waitMs, recent[0]! + this.windowMs - nowMs);
    }
    if (waitMs > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    for (const id of unique) this.writes.set(id, [...this.recent(id, nowMs), nowMs]);
    return { ok: true };
  }

  private recent(issueId: number, nowMs: number): number[] {
    return (this.writes.get(issueId) ?? []).filter((t) => t > nowMs - this.windowMs);
  }
}
