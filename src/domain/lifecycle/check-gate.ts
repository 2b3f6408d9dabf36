/** Target statuses guarded by the CSI gate (domain.md section 2, "Gates"). */
export const GATED_STATUSES: readonly string[] = ['In Progress', 'Rolling Out'];

/** What the gate needs to know about an initiative; `undefined` when it has never been scored. */
export interface GateFacts {
  /** The decision that rejected it, if any. */
  rejectionSeq: number | null;
  /** Whether every criterion is rated, and the names of those that are not. */
  complete: boolean;
  missingCriteria: readonly string[];
  mvi: { status: 'passed' | 'failed' | 'missing'; message: string };
}

/** The validator's answer, in the shape Jira's workflow validator expects. */
export interface GateAnswer {
  result: boolean;
  errorMessage?: string;
}

/**
 * The workflow gate: moving an initiative into delivery needs a complete score, a passing minimum
 * viable improvement and no rejection. The refusal says exactly what is missing.
 *
 * @example
 * checkGate({ rejectionSeq: null, complete: false, missingCriteria: ['Risk'], mvi }, 'In Progress');
 * // { result: false, errorMessage: 'CSI gate: rate Risk.' } (when the MVI passes)
 */
export function checkGate(facts: GateFacts | undefined, targetStatus: string): GateAnswer {
  if (!GATED_STATUSES.includes(targetStatus)) return { result: true };
  if (!facts) {
    return {
      result: false,
      errorMessage: `CSI gate: this initiative has no CSI score yet. Rate it in the CSI panel before moving it to ${targetStatus}.`,
    };
  }
  const missing: string[] = [];
  if (facts.rejectionSeq !== null) missing.push(`it was rejected (decision #${facts.rejectionSeq})`);
  if (!facts.complete) missing.push(`rate ${facts.missingCriteria.join(', ') || 'every criterion'}`);
  if (facts.mvi.status !== 'passed') {
    missing.push(
      facts.mvi.status === 'missing'
        ? 'set a target KPI with baseline and expected value'
        : `the expected improvement does not pass the MVI check (${facts.mvi.message})`,
    );
  }
  return missing.length === 0 ? { result: true } : { result: false, errorMessage: `CSI gate: ${missing.join('; ')}.` };
}
