import { z } from 'zod';
import { defineCall } from './call';
import { CLASSES } from './fields';
import {
  decisionLogQuerySchema,
  exportFormatSchema,
  type DecisionLogPage,
  type ExportFile,
} from './decision-log.contract';
import type { BalanceView, InitiativeClass, ProgressUpdateView, Rag } from './views';

/** The progress-report macro's configuration (untrusted: parsed on every read). */
export const progressReportMacroConfigSchema = z.strictObject({
  project: z.string().regex(/^[A-Z][A-Z0-9]{0,9}$/, 'Use a Jira project key like CSI'),
  statuses: z.array(z.string().max(60)).max(20).default([]),
  classes: z.array(z.enum(CLASSES)).max(4).default([]),
  periodDays: z.number().int().min(1).max(730).default(90),
});

export type ProgressReportMacroConfig = z.infer<typeof progressReportMacroConfigSchema>;

export interface ProgressReportInitiative {
  issueKey: string;
  summary: string;
  status: string;
  stage: string;
  score: number | null;
  initiativeClass: InitiativeClass;
  owner: string | null;
  latestCheckpoint: string | null;
  kpi: { name: string; baseline: number; current: number | null; target: number; rag: Rag | 'unknown' } | null;
  latestUpdate: ProgressUpdateView | null;
  openActions: number;
}

export interface ProgressReport {
  project: string;
  periodDays: number;
  header: { countsByStage: Record<string, number>; balance: BalanceView; decisionsInPeriod: number };
  initiatives: ProgressReportInitiative[];
}

export const macroCalls = {
  decisionLog: defineCall<DecisionLogPage>()('macro.decisionLog', decisionLogQuerySchema),
  exportDecisionLog: defineCall<ExportFile>()(
    'macro.exportDecisionLog',
    z.strictObject({ format: exportFormatSchema }),
  ),
  progressReport: defineCall<ProgressReport>()('macro.progressReport', z.strictObject({})),
};
