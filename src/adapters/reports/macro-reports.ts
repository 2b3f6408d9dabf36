import { decisionLogMacroConfigSchema, type DecisionLogMacroConfig } from '../../contracts/decision-log.contract';
import { progressReportMacroConfigSchema, type ProgressReportMacroConfig } from '../../contracts/macro.contract';
import type { ProgressReportPorts } from '../../application/progress/progress-report.use-case';
import { err, ok, type Result } from '../../domain/result';
import { browsableIssues } from '../permissions/issue-visibility';
import { browsableProjects } from '../permissions/project-access';
import type { Memo } from '../resolvers/memo';
import { parseMacroConfig } from '../resolvers/macro-config';
import { GLOBAL_PARTITION, queryPartition } from '../storage/decision-log.repository';
import { allInitiatives } from '../storage/initiative.queries';
import { loadPortfolioClasses } from '../storage/portfolio-stats.repository';
import { loadSettings } from '../storage/settings.repository';

/**
 * What the two macros need, shared by their resolvers and their PDF/Word exports: the parsed
 * configuration narrowed to what the reader (asUser) may see, and the report's storage ports.
 */
export async function decisionLogScope(
  raw: unknown,
  memo: Memo,
): Promise<Result<{ config: DecisionLogMacroConfig; visible: string[]; hidden: number }>> {
  const config = parseMacroConfig(raw, decisionLogMacroConfigSchema, 'decision log macro');
  if (!config.ok) return config;
  const visible = await memo('browsable', () => browsableProjects(config.value.projects));
  if (visible.length === 0) {
    return err({ code: 'FORBIDDEN', message: 'You cannot browse the Jira projects this decision log is about.' });
  }
  return ok({ config: config.value, visible, hidden: config.value.projects.length - visible.length });
}

export async function progressReportScope(raw: unknown): Promise<Result<ProgressReportMacroConfig>> {
  const config = parseMacroConfig(raw, progressReportMacroConfigSchema, 'progress report macro');
  if (!config.ok) return config;
  const visible = await browsableProjects([config.value.project]);
  if (visible.length === 0) {
    return err({ code: 'FORBIDDEN', message: `You cannot browse the Jira project ${config.value.project}.` });
  }
  return config;
}

/** Most store pages counted per partition; past it the count is a lower bound, and says so. */
const MAX_COUNT_PAGES = 50;

/**
 * Decisions about a project or the whole configuration since `from`, counted through the index,
 * newest first. The `at >= from` filter runs on each page the store read, so a page can be short
 * with more after it; entries are appended in time order, so the first page the filter cut short
 * holds the oldest entry of the period and counting stops there (or when the cursor is gone). A
 * partition with more than MAX_COUNT_PAGES full pages in the period is counted that far and the
 * count is marked a lower bound (the report says "at least").
 */
async function decisionsSince(projectKey: string, from: string): Promise<{ count: number; lowerBound: boolean }> {
  let count = 0;
  let lowerBound = false;
  for (const partition of [projectKey, GLOBAL_PARTITION]) {
    let cursor: string | undefined;
    let finished = false;
    for (let pages = 0; pages < MAX_COUNT_PAGES && !finished; pages += 1) {
      const page = await queryPartition({ partition, limit: 100, from, cursor });
      count += page.items.length;
      cursor = page.cursor;
      finished = !cursor || page.items.length < 100;
    }
    if (!finished) lowerBound = true;
  }
  return { count, lowerBound };
}

export function progressReportPorts(memo: Memo): ProgressReportPorts {
  return {
    config: async () => (await memo('settings', loadSettings)).config,
    initiatives: allInitiatives,
    activeClasses: loadPortfolioClasses,
    decisionsSince,
    browsable: browsableIssues,
  };
}
