import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativesPort, IssueFactsPort, ScoreProjectionPort } from '../ports';
import { newInitiative } from '../scoring/new-initiative';
import { rescoreRecord } from '../scoring/rescore-record';

/**
 * Keeps an initiative's copy of its issue's facts (summary, status, owner, type) in step with Jira
 * after a product event. Idempotent: the same facts twice write nothing, so duplicated or reordered
 * events are harmless. Issues of types that do not take part get a record only once someone rates them.
 */
export async function syncIssue(
  ports: {
    config(): Promise<ScoringConfig>;
    issues: IssueFactsPort;
    initiatives: InitiativesPort;
    projection: ScoreProjectionPort;
  },
  issueId: string,
): Promise<'created' | 'updated' | 'unchanged' | 'ignored'> {
  const [config, facts] = await Promise.all([ports.config(), ports.issues.read(issueId)]);
  const enabled = config.enabledIssueTypes.includes(facts.issueType);
  let outcome: 'created' | 'updated' | 'unchanged' | 'ignored' = 'unchanged';
  const saved = await ports.initiatives.update(
    facts.id,
    async (current) => {
      if (current.revision === 0) {
        outcome = 'created';
        return rescoreRecord(current, config, null, ports.projection);
      }
      const next = {
        ...current,
        summary: facts.summary,
        status: facts.status,
        statusCategory: facts.statusCategory,
        issueType: facts.issueType,
        owner: facts.owner,
      };
      if (JSON.stringify(next) === JSON.stringify(current)) return undefined;
      outcome = 'updated';
      return next;
    },
    enabled ? () => newInitiative(facts, config) : undefined,
  );
  return saved ? outcome : 'ignored';
}
