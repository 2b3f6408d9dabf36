import { macroCalls } from '../../contracts/macro.contract';
import { MODULE_KEYS } from '../../contracts/modules';
import { decisionLogPage } from '../../application/decisions/decision-log-page.use-case';
import { exportDecisionLog } from '../../application/decisions/export-decision-log.use-case';
import { progressReport } from '../../application/progress/progress-report.use-case';
import { err, ok, type Result } from '../../domain/result';
import { decisionLogScope, progressReportPorts, progressReportScope } from '../reports/macro-reports';
import { decisionQuery } from '../storage/decision-query.adapter';
import { buildResolver, defineResolver, type CallContext } from './define-resolver';
import { macroLessonsResolvers } from './lessons.resolver';
import { macroMaturityResolvers } from './maturity.resolver';

function onModule(ctx: CallContext, moduleKey: string): Result<true> {
  return ctx.platform.moduleKey === moduleKey
    ? ok(true)
    : err({ code: 'PRECONDITION_FAILED', message: 'This call belongs to another macro.' });
}

/** The decision-log macro's configuration, narrowed to the projects this reader can browse in Jira. */
async function readerScope(ctx: CallContext) {
  const module = onModule(ctx, MODULE_KEYS.decisionLogMacro);
  if (!module.ok) return module;
  return decisionLogScope(ctx.platform.extension.config, ctx.memo);
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
      const config = await progressReportScope(ctx.platform.extension.config);
      if (!config.ok) return config;
      return ok(
        await progressReport(progressReportPorts(ctx.memo), { ...config.value, now: new Date().toISOString() }),
      );
    },
  }),
  ...macroLessonsResolvers,
  ...macroMaturityResolvers,
];

export const macroResolver = buildResolver(macroResolvers);
