import { z } from 'zod';
import { defineCall } from './call';
import { CLASSES, cursorSchema, text } from './fields';
import {
  decisionLogQuerySchema,
  exportFormatSchema,
  type DecisionLogPage,
  type ExportFile,
} from './decision-log.contract';
import type { BalanceView, PortfolioRow } from './views';

export const portfolioFiltersSchema = z.strictObject({
  status: text(60).optional(),
  initiativeClass: z.enum(CLASSES).optional(),
  complete: z.boolean().optional(),
  needsAlignment: z.boolean().optional(),
  mviPassed: z.boolean().optional(),
});

export interface PortfolioPage {
  rows: PortfolioRow[];
  nextCursor: string | null;
  balance: BalanceView;
}

export const projectPageCalls = {
  portfolio: defineCall<PortfolioPage>()(
    'projectPage.portfolio',
    z.strictObject({ filters: portfolioFiltersSchema, cursor: cursorSchema, limit: z.number().int().min(1).max(100) }),
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
