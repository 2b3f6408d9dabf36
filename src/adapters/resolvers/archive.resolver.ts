import { archiveCalls } from '../../contracts/archive.contract';
import { archivePage, type ArchivePorts } from '../../application/pir/archive.use-case';
import { exportArchive } from '../../application/pir/export-archive.use-case';
import { ok } from '../../domain/result';
import { browsableIssues } from '../permissions/issue-visibility';
import { completedPirs, decisionsAboutIssue, initiativeSummaries } from '../storage/archive.queries';
import { defineResolver, type CallContext } from './define-resolver';

function projectKeyOf(ctx: CallContext): string {
  const project = ctx.platform.extension.project;
  if (!project) throw new Error('The project page was invoked without a project in its context');
  return project.key;
}

const ports: ArchivePorts = {
  completed: completedPirs,
  summaries: initiativeSummaries,
  decisionsAbout: decisionsAboutIssue,
  browsable: browsableIssues,
};

/** The project page's archive (issue 11 item 8): closed initiatives, read like the portfolio (browse project, then per issue). */
export const archiveResolvers = [
  defineResolver({
    call: archiveCalls.archive,
    requires: ['browseProject'],
    handle: async (input, ctx) => ok(await archivePage(ports, { projectKey: projectKeyOf(ctx), ...input })),
  }),
  defineResolver({
    call: archiveCalls.exportArchive,
    requires: ['browseProject'],
    handle: async (input, ctx) =>
      ok(await exportArchive(ports, { projectKey: projectKeyOf(ctx), format: input.format })),
  }),
];
