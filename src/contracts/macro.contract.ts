import * as z from 'zod/mini';
import { defineCall } from './call';
import { CLASSES, listOf, patternText, text, wholeIn } from './fields';
import {
  decisionLogQuerySchema,
  exportFormatSchema,
  type DecisionLogPage,
  type ExportFile,
} from './decision-log.contract';
import type { BalanceView, InitiativeClass, ProgressUpdateView, Rag } from './views';

/** The progress-report macro's configuration (untrusted: parsed on every read). */
export const progressReportMacroConfigSchema = z.strictObject({
  project: patternText(10, /^[A-Z][A-Z0-9]{0,9}$/, 'Use a Jira project key like CSI'),
  statuses: z._default(listOf(text(60), 20), []),
  classes: z._default(listOf(z.enum(CLASSES), 4), []),
  periodDays: z._default(wholeIn(1, 730), 90),
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
  /** Open actions of its PIR (issue 11 item 5); null before a PIR is attached (nothing to count). */
  openActions: number | null;
}

export interface ProgressReport {
  project: string;
  periodDays: number;
  header: {
    countsByStage: Record<string, number>;
    balance: BalanceView;
    decisionsInPeriod: number;
    /** True when counting stopped at its limit: there were at least `decisionsInPeriod`. */
    decisionsInPeriodLowerBound?: boolean;
  };
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
