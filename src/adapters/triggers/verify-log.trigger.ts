import { verifyDecisionLog } from '../../application/decisions/verify-decision-log.use-case';
import { allDecisions, readHead } from '../storage/decision-log.repository';
import { saveVerification } from '../storage/log-verification.repository';

/** Scheduled (hourly): verify the whole hash chain and store the outcome for the integrity badge. */
export async function verifyLog(): Promise<{ status: string; throughSeq: number; atSeq: number | null }> {
  const result = await verifyDecisionLog(
    { head: readHead, pages: allDecisions, save: saveVerification },
    new Date().toISOString(),
  );
  if (result.status === 'broken') console.error(`Decision log chain broken at #${result.atSeq}: ${result.reason}`);
  return { status: result.status, throughSeq: result.throughSeq, atSeq: result.atSeq };
}
