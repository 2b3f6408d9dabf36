import type { MaturityDimension } from '../maturity/maturity.vocabulary';
import type { CheckpointVerdict, DecisionType, Overridden, PirOutcome, RejectionReason } from './decision.vocabulary';

export type { CheckpointVerdict, DecisionType, RejectionReason };

/**
 * The kind-specific facts of each entry type. Extending the record makes a declared decision type
 * without a payload a compile error.
 */
export interface DecisionPayloads extends Record<DecisionType, object> {
  'proposal-rejected': { reasonCategory: RejectionReason };
  'checkpoint-decision': {
    checkpointId: string;
    checkpointName: string;
    verdict: CheckpointVerdict;
    recommended: CheckpointVerdict;
    /** True when the verdict goes against the recommendation. */
    override: boolean;
  };
  override: {
    /** What was overridden. */
    overridden: Overridden;
    recommended: string;
    decided: string;
    /** The id of the checkpoint, gate or trigger, when there is one. */
    referenceId?: string;
  };
  pause: { trigger?: string };
  terminate: { trigger?: string };
  resume: { pausedSeq?: number };
  'scoring-config-changed': { fromVersion: number | null; toVersion: number; changes: string[] };
  'pir-completed': { pirId: string; outcome: PirOutcome; residualRisks: string[] };
  /** Entries are never edited: a correction is a new entry that points at the one it corrects. */
  correction: { correctsSeq: number };
  /** A rejected or terminated initiative goes back under review (issue 10 item 1). */
  reopen: { fromStage: 'rejected' | 'terminated' };
  /** A quarter's maturity assessment was submitted (issue 12): configuration-wide, no subject issue. */
  'maturity-assessed': {
    period: string;
    modelVersion: number;
    levels: Record<MaturityDimension, number>;
    organisationLevel: number;
    organisationMean: number;
    stagnating: MaturityDimension[];
    /** The accounts whose ratings the result stands on. */
    assessors: string[];
  };
}

/** The issue an entry is about; `null` for configuration-wide entries (a scoring change, a maturity assessment). */
export type DecisionSubject = { issueKey: string; issueId: string; projectKey: string } | null;

interface DraftFields {
  subject: DecisionSubject;
  summary: string;
  rationale: string;
  optionsConsidered: string[];
  /** Scores at the time of the decision, for example `{ score: 72.5, 'business-impact': 4 }`. */
  scoresAtTime?: Record<string, number | null>;
  revisitIf?: string;
}

/**
 * What a use case hands to `appendEntry`: a discriminated union on `type`, each with its own payload.
 *
 * @example
 * const draft: DecisionDraft = { type: 'proposal-rejected', subject, summary: 'Rejected CSI-4',
 *   rationale: 'Covered by CSI-2', optionsConsidered: ['Merge into CSI-2'], payload: { reasonCategory: 'duplicate' } };
 */
export type DecisionDraft = {
  [K in DecisionType]: DraftFields & { type: K; payload: DecisionPayloads[K] };
}[DecisionType];

/** The chain fields `appendEntry` adds: who, when, and the link to the previous entry. */
interface ChainFields {
  seq: number;
  /** accountId from the platform context. */
  actor: string;
  /** ISO 8601 instant, passed in by the caller. */
  at: string;
  prevHash: string;
  /** The decider's display name when the entry was written (hashed, so it cannot be forged; absent on older entries). */
  actorName?: string;
  /**
   * Set on the first entry written after the stored chain was found tampered with: it chains on from
   * entry `resumesAfter` (its `prevHash` is that entry's hash), not from `seq - 1`; entries in between
   * are outside the chain, and verification reports the gap.
   */
  resumesAfter?: number;
}

/** A stored entry before its hash is computed. */
export type UnsignedDecisionEntry = DecisionDraft & ChainFields;

/** A stored, hashed decision-log entry. Never updated or deleted. */
export type DecisionEntry = UnsignedDecisionEntry & { hash: string };

/** The log head: the last entry's sequence number and hash (`seq` 0 and the genesis hash when empty). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** The index partition of configuration-wide entries (they have no project). */
export const CONFIG_WIDE_PARTITION = '*';

/** The `prevHash` of entry 1. */
export const GENESIS_HASH = '0'.repeat(64);
