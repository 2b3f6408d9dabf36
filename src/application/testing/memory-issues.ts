import type { UserRefRecord } from '../initiative-record';
import type { IssueFacts, IssueFactsPort } from '../ports';

/**
 * Jira's issues as the app reads them (`IssueFactsPort`), by id or key; an unknown issue throws, as
 * the gateway does on Jira's 404. `reads` counts the calls (the panel's writes read Jira only for an
 * initiative the app does not have yet).
 */
export class MemoryIssues implements IssueFactsPort {
  private readonly issues = new Map<string, IssueFacts>();
  reads = 0;

  add(facts: IssueFacts): IssueFacts {
    this.issues.set(facts.id, { ...facts });
    return facts;
  }

  readonly read = (issueIdOrKey: string): Promise<IssueFacts> => {
    this.reads += 1;
    const found = this.issues.get(issueIdOrKey) ?? [...this.issues.values()].find((i) => i.key === issueIdOrKey);
    return found ? Promise.resolve({ ...found }) : Promise.reject(new Error(`Reading issue ${issueIdOrKey}: 404`));
  };
}

/** An issue of project CSI (type Improvement, To Do) numbered `n`: id `10000 + n`, key `CSI-n`. */
export function issueFacts(n: number, overrides: Partial<IssueFacts> = {}): IssueFacts {
  return {
    id: String(10_000 + n),
    key: `CSI-${n}`,
    projectKey: 'CSI',
    summary: `Initiative ${n}`,
    status: 'To Do',
    statusCategory: 'new',
    issueType: 'Improvement',
    owner: null,
    ...overrides,
  };
}

/** Jira's user directory: `byIds` answers the known accounts among those asked (unknown ones are left out). */
export function memoryUsers(users: readonly UserRefRecord[]): {
  byIds: (accountIds: readonly string[]) => Promise<UserRefRecord[]>;
} {
  return {
    byIds: (accountIds) =>
      Promise.resolve(users.filter((u) => accountIds.includes(u.accountId)).map((u) => ({ ...u }))),
  };
}
