import { projectPageCalls } from '../../contracts/project-page.contract';
import { decisionLogPage } from '../../application/decisions/decision-log-page.use-case';
import { exportDecisionLog } from '../../application/decisions/export-decision-log.use-case';
import { exportPortfolio } from '../../application/portfolio/export-portfolio.use-case';
import { portfolioPage, type PortfolioPorts } from '../../application/portfolio/portfolio-page.use-case';
import { rateGridRow } from '../../application/portfolio/rate-grid-row.use-case';
import { deleteView, listViews, saveView } from '../../application/portfolio/portfolio-views.use-case';
import { scoringGridPage } from '../../application/portfolio/scoring-grid.use-case';
import { pilotWatch } from '../../application/portfolio/pilot-watch.use-case';
import { pilotWatchCalls } from '../../contracts/pilot-watch.contract';
import { ok } from '../../domain/result';
import { usersByIds } from '../product/users';
import { footprintRows } from '../storage/pilot-footprint.repository';
import { duePilots, projectPilots, triggeredInitiatives } from '../storage/pilot-watch.queries';
import { productionDeps } from '../deps';
import { archiveResolvers } from './archive.resolver';
import { checkGrants } from '../permissions/permission-checker';
import { projectStatuses } from '../product/project-statuses';
import { portfolioViews } from '../storage/portfolio-views.repository';
import { browsableIssues } from '../permissions/issue-visibility';
import { decisionQuery } from '../storage/decision-query.adapter';
import { initiativesByIds, queryPortfolio } from '../storage/initiative.queries';
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
    now: () => new Date().toISOString(),
  };
}

const LOG_PAGE_SIZE = 25;

/**
 * Browse and edit of an issue the payload names, asked of Jira as the caller the way every call's
 * grants are (`checkGrants`, one permissions/check), for that issue instead of the page's context.
 */
function issueAccess(ctx: CallContext) {
  return async (issue: { id: string; key: string; type: string }) => {
    const platform = { ...ctx.platform, extension: { ...ctx.platform.extension, issue } };
    const grants = await checkGrants(['browseIssue', 'editIssue'], platform, ctx.memo);
    return { browse: grants.browseIssue === true, edit: grants.editIssue === true };
  };
}

const viewOwner = (ctx: CallContext) => ({ accountId: ctx.accountId, projectKey: projectKeyOf(ctx) });

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
      ok(await exportPortfolio(portfolioPorts(ctx), { projectKey: projectKeyOf(ctx), ...input })),
  }),
  defineResolver({
    call: projectPageCalls.grid,
    requires: ['browseProject'],
    handle: async (input, ctx) =>
      ok(
        await scoringGridPage(portfolioPorts(ctx), {
          projectKey: projectKeyOf(ctx),
          accountId: ctx.accountId,
          ...input,
        }),
      ),
  }),
  defineResolver({
    call: projectPageCalls.rateRow,
    requires: ['browseProject'],
    handle: (input, ctx) =>
      rateGridRow(
        { ...productionDeps(ctx.memo), access: issueAccess(ctx) },
        { projectKey: projectKeyOf(ctx), accountId: ctx.accountId },
        input,
      ),
  }),
  defineResolver({
    call: pilotWatchCalls.get,
    requires: ['browseProject'],
    handle: async (_input, ctx) =>
      ok(
        await pilotWatch(
          {
            today: () => new Date().toISOString().slice(0, 10),
            duePilots,
            projectPilots,
            triggered: triggeredInitiatives,
            initiatives: initiativesByIds,
            footprint: footprintRows,
            names: async (ids) => new Map((await usersByIds(ids)).map((u) => [u.accountId, u.displayName])),
            browsable: browsableIssues,
          },
          projectKeyOf(ctx),
        ),
      ),
  }),
  defineResolver({
    call: projectPageCalls.statuses,
    requires: ['browseProject'],
    handle: async (_input, ctx) => ok({ statuses: await projectStatuses(projectKeyOf(ctx)) }),
  }),
  defineResolver({
    call: projectPageCalls.views,
    requires: ['browseProject'],
    handle: async (_input, ctx) => ok(await listViews(portfolioViews, viewOwner(ctx))),
  }),
  defineResolver({
    call: projectPageCalls.saveView,
    requires: ['browseProject'],
    handle: (input, ctx) => saveView(portfolioViews, viewOwner(ctx), input.view),
  }),
  defineResolver({
    call: projectPageCalls.deleteView,
    requires: ['browseProject'],
    handle: async (input, ctx) => ok(await deleteView(portfolioViews, viewOwner(ctx), input.name)),
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
  ...archiveResolvers,
];

export const projectPageResolver = buildResolver(projectPageResolvers);
