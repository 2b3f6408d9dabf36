import { decisionLogMacroConfigSchema } from '../../contracts/decision-log.contract';
import { macroCalls, progressReportMacroConfigSchema } from '../../contracts/macro.contract';
import { MODULE_KEYS } from '../../contracts/modules';
import { decisionLogPage } from '../../application/decisions/decision-log-page.use-case';
import { exportDecisionLog } from '../../application/decisions/export-decision-log.use-case';
import { progressReport } from '../../application/progress/progress-report.use-case';
import { err, ok, type Result } from '../../domain/result';
import { browsableProjects } from '../permissions/project-access';
import { decisionQuery } from '../storage/decision-query.adapter';
import { allInitiatives } from '../storage/initiative.queries';
import { loadPortfolioClasses } from '../storage/portfolio-stats.repository';
import { loadSettings } from '../storage/settings.repository';
import { queryPartition, GLOBAL_PARTITION } from '../storage/decision-log.repository';
import { buildResolver, defineResolver, type CallContext } from './define-resolver';
import { macroConfig } from './macro-config';

function onModule(ctx: CallContext, moduleKey: string): Result<true> {
  return ctx.platform.moduleKey === moduleKey
    ? ok(true)
    : err({ code: 'PRECONDITION_FAILED', message: 'This call belongs to another macro.' });
}

/** The decision-log macro's configuration, narrowed to the projects this reader can browse in Jira. */
async function readerScope(ctx: CallContext) {
  const module = onModule(ctx, MODULE_KEYS.decisionLogMacro);
  if (!module.ok) return module;
  const config = macroConfig(ctx, decisionLogMacroConfigSchema, 'decision log macro');
  if (!config.ok) return config;
  const visible = await ctx.memo('browsable', () => browsableProjects(config.value.projects));
  if (visible.length === 0) {
    return err({ code: 'FORBIDDEN', message: 'You cannot browse the Jira projects this decision log is about.' });
  }
  return ok({ config: config.value, visible, hidden: config.value.projects.length - visible.length });
}

/** Decisions about a project or the whole configuration since `from`, counted through the index. */
async function decisionsSince(projectKey: string, from: string): Promise<number> {
  let count = 0;
  for (const partition of [projectKey, GLOBAL_PARTITION]) {
    const page = await queryPartition({ partition, limit: 100, from });
    count += page.items.length;
  }
  return count;
}

export const macroResolvers = [
  defineResolver({
    call: macroCalls.decisionLog,
    requires: ['viewPage'],
    handle: async (input, ctx) => {
      const scope = await readerScope(ctx);
      if (!scope.ok) return scope;
      const { config, visible, hidden } = scope.value;
      const types = input.types && input.types.length > 0 ? input.types : config.types;
      return ok(
        await decisionLogPage(decisionQuery, {
          projects: visible,
          hiddenProjects: hidden,
          pageSize: config.pageSize,
          cursor: input.cursor,
          search: input.search,
          types,
          from: config.from,
          to: config.to,
        }),
      );
    },
  }),
  defineResolver({
    call: macroCalls.exportDecisionLog,
    requires: ['viewPage'],
    handle: async (input, ctx) => {
      const scope = await readerScope(ctx);
      if (!scope.ok) return scope;
      const { config, visible } = scope.value;
      return ok(
        await exportDecisionLog(decisionQuery, {
          projects: visible,
          format: input.format,
          label: visible.join('-'),
          types: config.types,
          from: config.from,
          to: config.to,
        }),
      );
    },
  }),
  defineResolver({
    call: macroCalls.progressReport,
    requires: ['viewPage'],
    handle: async (_input, ctx) => {
      const module = onModule(ctx, MODULE_KEYS.progressReportMacro);
      if (!module.ok) return module;
      const config = macroConfig(ctx, progressReportMacroConfigSchema, 'progress report macro');
      if (!config.ok) return config;
      const visible = await browsableProjects([config.value.project]);
      if (visible.length === 0)
        return err({ code: 'FORBIDDEN', message: `You cannot browse the Jira project ${config.value.project}.` });
      return ok(
        await progressReport(
          {
            config: async () => (await ctx.memo('settings', loadSettings)).config,
            initiatives: allInitiatives,
            activeClasses: loadPortfolioClasses,
            decisionsSince,
          },
          { ...config.value, now: new Date().toISOString() },
        ),
      );
    },
  }),
];

export const macroResolver = buildResolver(macroResolvers);
