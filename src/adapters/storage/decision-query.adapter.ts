import type { DecisionQueryPort } from '../../application/decisions/decision-log-page.use-case';
import { browsableIssues } from '../permissions/issue-visibility';
import { queryPartition } from './decision-log.repository';
import { loadVerification } from './log-verification.repository';

/**
 * The decision log's read side: indexed partition queries, the stored verification outcome and,
 * as the reader, which issues they may browse.
 */
export const decisionQuery: DecisionQueryPort = {
  queryPartition,
  verification: loadVerification,
  browsable: browsableIssues,
};
