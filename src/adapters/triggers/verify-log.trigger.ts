import { verifyDecisionLog } from '../../application/decisions/verify-decision-log.use-case';
import { decisionsAfter, entryAt } from '../storage/decisions-after';
import { readHeadState } from '../storage/log-head';
import { loadLastVerification, saveVerification } from '../storage/log-verification.repository';

/**
 * Scheduled (hourly): verify every stored entry after the last verified one (the whole log on the
 * first run of a UTC day, or when the last record is missing, invalid or broken) and store the
 * outcome for the integrity badge, a broken one included.
 */
export async function verifyLog(): Promise<{
  status: string;
  throughSeq: number;
  atSeq: number | null;
  mode: 'full' | 'incremental';
  checked: number;
}> {
  const result = await verifyDecisionLog(
    { head: readHeadState, pagesAfter: decisionsAfter, entryAt, last: loadLastVerification, save: saveVerification },
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
