import { projectPageCalls } from '../../contracts/project-page.contract';
import { decisionLogPage } from '../../application/decisions/decision-log-page.use-case';
import { exportDecisionLog } from '../../application/decisions/export-decision-log.use-case';
import { exportPortfolio } from '../../application/portfolio/export-portfolio.use-case';
import { portfolioPage, type PortfolioPorts } from '../../application/portfolio/portfolio-page.use-case';
import { ok } from '../../domain/result';
import { browsableIssues } from '../permissions/issue-visibility';
import { decisionQuery } from '../storage/decision-query.adapter';
import { queryPortfolio } from '../storage/initiative.queries';
import { loadPortfolioClasses } from '../storage/portfolio-stats.repository';
import { loadSettings } from '../storage/settings.repository';
import { buildResolver, defineResolver, type CallContext } from './define-resolver';

function projectKeyOf(ctx: CallContext): string {
  const project = ctx.platform.extension.project;
  if (!project) throw new Error('The project page was invoked without a project in its context');
  return project.key;
}

function portfolioPorts(ctx: CallContext): PortfolioPorts {
  return {
    config: async () => (await ctx.memo('settings', loadSettings)).config,
    query: queryPortfolio,
    activeClasses: loadPortfolioClasses,
    browsable: browsableIssues,
  };
}

const LOG_PAGE_SIZE = 25;

export const projectPageResolvers = [
  defineResolver({
    call: projectPageCalls.portfolio,
    requires: ['browseProject'],
    handle: async (input, ctx) =>
      ok(await portfolioPage(portfolioPorts(ctx), { projectKey: projectKeyOf(ctx), ...input })),
  }),
  defineResolver({
    call: projectPageCalls.exportPortfolio,
    requires: ['browseProject'],
    handle: async (input, ctx) =>
      ok(await exportPortfolio(portfolioPorts(ctx), { projectKey: projectKeyOf(ctx), filters: input.filters })),
  }),
  defineResolver({
    call: projectPageCalls.decisionLog,
    requires: ['browseProject'],
    handle: async (input, ctx) =>
      ok(
        await decisionLogPage(decisionQuery, {
          projects: [projectKeyOf(ctx)],
          hiddenProjects: 0,
          pageSize: LOG_PAGE_SIZE,
          ...input,
        }),
      ),
  }),
  defineResolver({
    call: projectPageCalls.exportDecisionLog,
    requires: ['browseProject'],
    handle: async (input, ctx) =>
      ok(
        await exportDecisionLog(decisionQuery, {
          projects: [projectKeyOf(ctx)],
          format: input.format,
          label: projectKeyOf(ctx),
        }),
      ),
  }),
];

export const projectPageResolver = buildResolver(projectPageResolvers);
