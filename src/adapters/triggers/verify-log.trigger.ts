import { verifyDecisionLog } from '../../application/decisions/verify-decision-log.use-case';
import { readHead } from '../storage/decision-log.repository';
import { decisionsAfter } from '../storage/decisions-after';
import { loadLastVerification, saveVerification } from '../storage/log-verification.repository';

/**
 * Scheduled (hourly): verify the entries appended since the last run (the whole chain on the first
 * run of a UTC day, or when the last record is missing, invalid or broken) and store the outcome for
 * the integrity badge.
 */
export async function verifyLog(): Promise<{
  status: string;
  throughSeq: number;
  atSeq: number | null;
  mode: 'full' | 'incremental';
  checked: number;
}> {
  const result = await verifyDecisionLog(
    { head: readHead, pagesAfter: decisionsAfter, last: loadLastVerification, save: saveVerification },
    new Date().toISOString(),
  );
  if (result.status === 'broken') console.error(`Decision log chain broken at #${result.atSeq}: ${result.reason}`);
  return {
    status: result.status,
    throughSeq: result.throughSeq,
    atSeq: result.atSeq,
    mode: result.mode,
    checked: result.checked,
  };
}
