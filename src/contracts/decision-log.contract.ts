import * as z from 'zod/mini';
import { DECISION_TYPES } from '../domain/decision-log/decision.vocabulary';
import { cursorSchema, listOf, patternText, text, wholeIn } from './fields';
import type { DecisionEntryView, IntegrityView } from './views';

export { DECISION_TYPES };

const isoDate = patternText(10, /^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-01-31');

/** Filters a reader applies on top of the macro's (or tab's) configuration. */
export const decisionLogQuerySchema = z.strictObject({
  cursor: cursorSchema,
  search: z.optional(text(200)),
  types: z.optional(listOf(z.enum(DECISION_TYPES), DECISION_TYPES.length)),
});

/** The decision-log macro's configuration, as saved in the Confluence page (untrusted: parsed on every read). */
export const decisionLogMacroConfigSchema = z.strictObject({
  projects: z
    .array(patternText(10, /^[A-Z][A-Z0-9]{0,9}$/, 'Use Jira project keys like CSI'))
    .check(z.minLength(1, 'Choose at least one project'), z.maxLength(10)),
  types: z._default(listOf(z.enum(DECISION_TYPES), DECISION_TYPES.length), []),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  pageSize: z._default(wholeIn(5, 100), 20),
});

export type DecisionLogMacroConfig = z.infer<typeof decisionLogMacroConfigSchema>;

export interface DecisionLogPage {
  entries: DecisionEntryView[];
  nextCursor: string | null;
  integrity: IntegrityView;
  /** Projects from the configuration that this reader cannot browse, so their entries are hidden. */
  hiddenProjects: number;
  projects: string[];
}

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

export const exportFormatSchema = z.enum(['csv', 'json']);
