import * as z from 'zod/mini';
import { defineCall } from './call';
import { cursorSchema, wholeIn } from './fields';
import { exportFormatSchema, type ExportFile } from './decision-log.contract';
import type { PirOutcome } from '../domain/decision-log/decision.vocabulary';
import type { BenefitVerdict } from '../domain/pir/pir.vocabulary';

/**
 * A benefit check of a closed initiative: made (its verdict; `no-reading` when no KPI value was
 * recorded to judge) or still `pending` until its due date (+30 or +90 days after closure).
 */
export interface ArchiveBenefitCheck {
  days: 30 | 90;
  dueDate: string;
  status: BenefitVerdict | 'no-reading' | 'pending';
  /** When the daily job made it (null while pending). */
  checkedAt: string | null;
  current: number | null;
  retainedPct: number | null;
  /** The review issue a lost benefit opened for the owner. */
  reviewIssueKey: string | null;
}

/** One entry of the decision history of a closed initiative (oldest first in the export). */
export interface ArchiveDecision {
  seq: number;
  at: string;
  type: string;
  summary: string;
  actorName: string | null;
}

/** A closed initiative: what its completed PIR recorded, its benefit checks and its decisions. */
export interface ArchiveRow {
  issueId: string;
  issueKey: string;
  summary: string;
  /** When the PIR was completed (ISO instant): the initiative's closure. */
  closedAt: string;
  outcome: PirOutcome;
  residualRisks: string[];
  /** Always two: +30 then +90. */
  benefitChecks: ArchiveBenefitCheck[];
  pir: { templateId: string; templateName: string; templateVersion: number };
  completedBy: string;
  /**
   * How many decision-log entries are about the issue, and the search that shows exactly them in
   * the project's decision log (an issue key searches that issue's entries).
   */
  decisions: { count: number; logSearch: string };
}

export interface ArchivePage {
  rows: ArchiveRow[];
  nextCursor: string | null;
}

/** The archive file: each row with its whole decision history. */
export type ArchiveExportRow = Omit<ArchiveRow, 'decisions'> & { decisions: ArchiveDecision[] };

export const archiveCalls = {
  /** The project's closed initiatives (completed PIRs), latest PIR due date first, as the reader may browse them. */
  archive: defineCall<ArchivePage>()(
    'projectPage.archive',
    z.strictObject({ cursor: cursorSchema, limit: wholeIn(1, 50) }),
  ),
  /** The whole archive as CSV (formula-safe) or JSON (with each initiative's decision history). */
  exportArchive: defineCall<ExportFile>()('projectPage.exportArchive', z.strictObject({ format: exportFormatSchema })),
};
