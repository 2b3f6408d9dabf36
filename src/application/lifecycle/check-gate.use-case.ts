import type { InitiativeRecord } from '../initiative-record';

/** Target statuses guarded by the CSI gate (see domain.md section 2, "Gates"). */
export const GATED_STATUSES = ['In Progress', 'Rolling Out'];

/**
 * The workflow gate: moving an initiative into delivery needs a complete score, a passing minimum
 * viable improvement and no rejection. The refusal says exactly what is missing.
 *
 * @example checkGate(record, 'In Progress') // { result: false, errorMessage: 'CSI gate: rate Implementation risk; ...' }
 */
export function checkGate(
  record: InitiativeRecord | undefined,
  targetStatus: string,
): { result: boolean; errorMessage?: string } {
  if (!GATED_STATUSES.includes(targetStatus)) return { result: true };
  if (!record)
    return {
      result: false,
      errorMessage: `CSI gate: this initiative has no CSI score yet. Rate it in the CSI panel before moving it to ${targetStatus}.`,
    };
  const missing: string[] = [];
  if (record.rejection) missing.push(`it was rejected (decision #${record.rejection.seq})`);
  if (!record.computed.complete) missing.push(`rate ${record.computed.missing.join(', ') || 'every criterion'}`);
  if (record.computed.mvi.status !== 'passed') {
    missing.push(
      record.computed.mvi.status === 'missing'
        ? 'set a target KPI with baseline and expected value'
        : `the expected improvement does not pass the MVI check (${record.computed.mvi.message})`,
    );
  }
  return missing.length === 0 ? { result: true } : { result: false, errorMessage: `CSI gate: ${missing.join('; ')}.` };
}
