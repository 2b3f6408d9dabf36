import * as z from 'zod/mini';
import { defineCall } from './call';
import { CLASSES, criterionKey, cursorSchema, patternText, requiredText, text, wholeIn } from './fields';
import {
  decisionLogQuerySchema,
  exportFormatSchema,
  type DecisionLogPage,
  type ExportFile,
} from './decision-log.contract';
import type { BalanceView, CriterionView, PortfolioRow } from './views';

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

/** The portfolio columns a reader can sort by (the table's column keys). */
export const SORT_KEYS = ['rank', 'key', 'summary', 'status', 'score', 'class', 'owner'] as const;
export const sortSchema = z.nullable(z.strictObject({ key: z.enum(SORT_KEYS), order: z.enum(['ASC', 'DESC']) }));

/** A reader's saved portfolio view: its filters and sort, under a name of their own. */
export const savedViewSchema = z.strictObject({
  name: requiredText(60),
  filters: portfolioFiltersSchema,
  sort: sortSchema,
});
export type SavedView = z.output<typeof savedViewSchema>;

/** The most views one reader keeps per project. */
export const MAX_SAVED_VIEWS = 20;

/** One initiative in the scoring grid: its portfolio row and the caller's own ratings. */
export type GridRow = PortfolioRow & { myRatings: Record<string, number> };

export interface GridPage {
  criteria: CriterionView[];
  rows: GridRow[];
  nextCursor: string | null;
}

/** A row saved from the grid: the row as stored now, and the cells refused (`ratings.<index>.rating`). */
export interface GridRowSaved {
  row: GridRow;
  refused: Record<string, string[]>;
}

const issueIdSchema = patternText(18, /^\d{1,18}$/, 'An issue id is a number');
/** Client request id, as for issuePanel.rate. */
const requestId = z.optional(
  patternText(64, /^[A-Za-z0-9_-]{8,64}$/, 'A request id is 8 to 64 letters, digits, - or _'),
);

export const projectPageCalls = {
  portfolio: defineCall<PortfolioPage>()(
    'projectPage.portfolio',
    z.strictObject({ filters: portfolioFiltersSchema, cursor: cursorSchema, limit: wholeIn(1, 100) }),
  ),
  exportPortfolio: defineCall<ExportFile>()(
    'projectPage.exportPortfolio',
    z.strictObject({ filters: portfolioFiltersSchema, sort: z.optional(sortSchema) }),
  ),
  grid: defineCall<GridPage>()(
    'projectPage.grid',
    z.strictObject({ filters: portfolioFiltersSchema, cursor: cursorSchema, limit: wholeIn(1, 50) }),
  ),
  /**
   * One grid row: the caller's ratings of one initiative of this project. Cells are judged one by
   * one with the rating rule of issuePanel.rate; the valid ones are saved, the others come back in
   * `refused`. A cell's rating is what the rater typed (a number, or the text when it is none).
   */
  rateRow: defineCall<GridRowSaved>()(
    'projectPage.rateRow',
    z.strictObject({
      issue: issueIdSchema,
      ratings: z
        .array(
          z.strictObject({
            criterionKey,
            rating: z.union([z.number(), text(20)]),
            rationale: z.optional(text(2000)),
          }),
        )
        .check(z.minLength(1, 'Rate at least one criterion'), z.maxLength(20)),
      requestId,
    }),
  ),
  statuses: defineCall<{ statuses: string[] }>()('projectPage.statuses', z.strictObject({})),
  views: defineCall<{ views: SavedView[] }>()('projectPage.views', z.strictObject({})),
  saveView: defineCall<{ views: SavedView[] }>()('projectPage.saveView', z.strictObject({ view: savedViewSchema })),
  deleteView: defineCall<{ views: SavedView[] }>()(
    'projectPage.deleteView',
    z.strictObject({ name: requiredText(60) }),
  ),
  decisionLog: defineCall<DecisionLogPage>()('projectPage.decisionLog', decisionLogQuerySchema),
  exportDecisionLog: defineCall<ExportFile>()(
    'projectPage.exportDecisionLog',
    z.strictObject({ format: exportFormatSchema }),
  ),
};
