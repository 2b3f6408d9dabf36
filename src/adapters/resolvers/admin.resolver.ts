import { randomUUID } from 'node:crypto';
import { adminCalls } from '../../contracts/admin.contract';
import {
  getAdmin,
  previewConfig,
  progressView,
  saveConfig,
  setCsiAdmins,
  type AdminPorts,
  type AdminViewer,
} from '../../application/admin/admin.use-cases';
import { ok } from '../../domain/result';
import { decisionsAdapter } from '../deps';
import { currentUser } from '../product/jira-gateway';
import { listIssueTypes } from '../product/issue-types';
import { pushRescore } from '../product/rescore-queue';
import { initiativesAfter, topInitiatives } from '../storage/initiative.queries';
import { loadRescoreJob, saveRescoreJob } from '../storage/rescore-job.repository';
import { loadSettings, saveCsiAdmins, saveSettings } from '../storage/settings.repository';
import { searchUsers, usersByIds } from '../product/users';
import { buildResolver, defineResolver, type CallContext } from './define-resolver';

async function countInitiatives(): Promise<number> {
  let count = 0;
  let after = '';
  for (;;) {
    const page = await initiativesAfter(after, 100);
    count += page.length;
    const last = page[page.length - 1];
    if (page.length < 100 || !last) return count;
    after = last.issueId;
  }
}

function adminPorts(ctx: CallContext): AdminPorts {
  return {
    settings: () => ctx.memo('settings', loadSettings),
    saveSettings,
    issueTypes: listIssueTypes,
    usersByIds,
    saveCsiAdmins,
    top: topInitiatives,
    countInitiatives,
    job: loadRescoreJob,
    saveJob: saveRescoreJob,
    startRescore: (event) => pushRescore(event),
    decisions: decisionsAdapter,
    identity: { currentUser },
    clock: { now: () => new Date().toISOString(), id: () => randomUUID() },
  };
}

/** Every admin call is a CSI admin's; only site admins may grant the role itself. */
const viewerOf = (ctx: CallContext): AdminViewer => ({ canSave: true, canManageAdmins: ctx.grants.siteAdmin === true });

export const adminResolvers = [
  defineResolver({
    call: adminCalls.get,
    requires: ['csiAdmin'],
    alsoAsks: ['siteAdmin'],
    handle: (_input, ctx) => getAdmin(adminPorts(ctx), viewerOf(ctx)),
  }),
  defineResolver({
    call: adminCalls.preview,
    requires: ['csiAdmin'],
    handle: (input, ctx) => previewConfig(adminPorts(ctx), input.config),
  }),
  defineResolver({
    call: adminCalls.save,
    requires: ['csiAdmin'],
    alsoAsks: ['siteAdmin'],
    handle: (input, ctx) => saveConfig(adminPorts(ctx), input.config, input.reason, viewerOf(ctx)),
  }),
  defineResolver({
    call: adminCalls.rescoreProgress,
    requires: ['csiAdmin'],
    handle: async () => {
      const job = await loadRescoreJob();
      return ok(job ? progressView(job) : null);
    },
  }),
  defineResolver({
    call: adminCalls.findUsers,
    requires: ['siteAdmin'],
    handle: async (input) => ok(await searchUsers(input.query)),
  }),
  defineResolver({
    call: adminCalls.setCsiAdmins,
    requires: ['siteAdmin'],
    handle: (input, ctx) => setCsiAdmins(adminPorts(ctx), input.accountIds, viewerOf(ctx)),
  }),
];

export const adminResolver = buildResolver(adminResolvers);
