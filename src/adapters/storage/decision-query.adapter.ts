import type { DecisionQueryPort } from '../../application/decisions/decision-log-page.use-case';
import { browsableIssues } from '../permissions/issue-visibility';
import { queryPartition } from './decision-log.repository';
import { entryAt } from './decisions-after';
import { readHeadState } from './log-head';
import type { LogWitness } from '../../domain/decision-log/log-witness';
import { loadVerification } from './log-verification.repository';
import { lastSeal } from './log-seal.repository';

/**
 * The decision log's read side: indexed partition queries, the stored verification outcome and,
 * as the reader, which issues they may browse.
 */
export const decisionQuery: DecisionQueryPort = {
  queryPartition,
  verification: loadVerification,
  browsable: browsableIssues,
  head: readHeadState,
  witness: readWitness,
};

/** The stored head and its entry's time, and the last daily seal as the app wrote it (three gets). */
async function readWitness(): Promise<LogWitness> {
  const [head, last] = await Promise.all([readHeadState(), lastSeal()]);
  const seal = last ? { sealedAt: last.sealedAt, seq: last.seq, hash: last.hash, where: last.where } : null;
  if (head.state !== 'ok') return { state: head.state, seal };
  const { seq, hash } = head.head;
  const at = seq === 0 ? undefined : ((await entryAt(seq)) as { at?: unknown } | undefined)?.at;
  return { state: 'ok', seq, hash, at: typeof at === 'string' ? at : null, seal };
}
