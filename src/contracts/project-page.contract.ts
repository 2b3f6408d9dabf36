import { z } from 'zod/mini';
import { defineCall } from './call';
import { CLASSES, cursorSchema, text, wholeIn } from './fields';
import {
  decisionLogQuerySchema,
  exportFormatSchema,
  type DecisionLogPage,
  type ExportFile,
} from './decision-log.contract';
import type { BalanceView, PortfolioRow } from './views';

export const portfolioFiltersSchema = z.strictObject({
  status: z.optional(text(60)),
  initiativeClass: z.optional(z.enum(CLASSES)),
  complete: z.optional(z.boolean()),
  needsAlignment: z.optional(z.boolean()),
  mviPassed: z.optional(z.boolean()),
});

export interface PortfolioPage {
  rows: PortfolioRow[];
  nextCursor: string | null;
  balance: BalanceView;
}

export const projectPageCalls = {
  portfolio: defineCall<PortfolioPage>()(
    'projectPage.portfolio',
    z.strictObject({ filters: portfolioFiltersSchema, cursor: cursorSchema, limit: wholeIn(1, 100) }),
  ),
  exportPortfolio: defineCall<ExportFile>()(
    'projectPage.exportPortfolio',
    z.strictObject({ filters: portfolioFiltersSchema }),
  ),
  decisionLog: defineCall<DecisionLogPage>()('projectPage.decisionLog', decisionLogQuerySchema),
  exportDecisionLog: defineCall<ExportFile>()(
    'projectPage.exportDecisionLog',
    z.strictObject({ format: exportFormatSchema }),
  ),
};
