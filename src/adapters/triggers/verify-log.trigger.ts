import { verifyDecisionLog } from '../../application/decisions/verify-decision-log.use-case';
import { sealLogIfDue, type SealOutcome } from '../../application/seal/seal-log.use-case';
import { readSealReading, sealPorts } from '../product/log-seal-witness';
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
  const now = new Date().toISOString();
  // The seals in Jira, read once: compared with the log, then (once a UTC day) extended by it.
  const reading = await readSealReading().catch((error: unknown) => {
    console.warn(`Decision log seals unreadable this run: ${(error as Error).message}`);
    return undefined;
  });
  const result = await verifyDecisionLog(
    {
      head: readHeadState,
      pagesAfter: decisionsAfter,
      entryAt,
      last: loadLastVerification,
      save: saveVerification,
      seals: () => Promise.resolve(reading),
    },
    now,
  );
  if (result.status === 'broken') console.error(`Decision log chain broken at #${result.atSeq}: ${result.reason}`);
  await sealVerified(result, reading, now);
  return {
    status: result.status,
    throughSeq: result.throughSeq,
    atSeq: result.atSeq,
    mode: result.mode,
    checked: result.checked,
  };
}

/** Seals a verified head once a day (issue 8 item 4); a broken or unreadable log is never sealed. */
async function sealVerified(
  result: { status: string; checkpoint: { seq: number; hash: string } | null },
  reading: Awaited<ReturnType<typeof readSealReading>> | undefined,
  now: string,
): Promise<SealOutcome> {
  if (result.status !== 'verified' || !result.checkpoint)
    return { sealed: false, reason: `The log is ${result.status}` };
  if (!reading) return { sealed: false, reason: 'The seals could not be read' };
  if (!reading.issue) {
    console.warn(
      'Decision log not sealed: no issue is labelled csi-log-seal, so the head is witnessed nowhere outside storage',
    );
    return { sealed: false, reason: 'No seal issue' };
  }
  try {
    return await sealLogIfDue(sealPorts(reading), reading, result.checkpoint, now);
  } catch (error) {
    console.warn(`Decision log not sealed this run: ${(error as Error).message}`);
    return { sealed: false, reason: (error as Error).message };
  }
}
