/**
 * The dependency review marked done (issue 10 item 5): who, when, and the services it covered, so
 * naming another service later reopens the question.
 */
export interface DependencyReview {
  /** accountId of the reviewer. */
  reviewedBy: string;
  /** ISO 8601 instant, passed in by the caller. */
  reviewedAt: string;
  /** The services the initiative named when it was reviewed, sorted. */
  services: string[];
  note?: string;
}
