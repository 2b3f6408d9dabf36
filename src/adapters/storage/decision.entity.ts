/** A stored decision-log entry: its hashed `entry` and the attributes duplicated from it for the indexes. */
export interface DecisionEntity {
  seq: number;
  projectKey: string;
  /** Absent for configuration-wide entries: string attributes must not be empty. */
  issueKey?: string;
  type: string;
  at: string;
  /** Lower-cased summary and rationale, for the text-search filter. */
  text?: string;
  actorName?: string;
  entry: unknown;
}
