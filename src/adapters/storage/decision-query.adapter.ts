import type { DecisionQueryPort } from '../../application/decisions/decision-log-page.use-case';
import { queryPartition } from './decision-log.repository';
import { loadVerification } from './log-verification.repository';

/** The decision log's read side: indexed partition queries and the stored verification outcome. */
export const decisionQuery: DecisionQueryPort = { queryPartition, verification: loadVerification };
