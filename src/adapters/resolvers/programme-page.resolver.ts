import { randomUUID } from 'node:crypto';
import { programmeCalls } from '../../contracts/programme.contract';
import { progressView } from '../../application/programme/config-input';
import { previewConfig } from '../../application/programme/preview-config.use-case';
import { getScoringConfig } from '../../application/programme/get-scoring-config.use-case';
import { saveConfig } from '../../application/programme/save-config.use-case';
import type { ScoringConfigPorts } from '../../application/programme/scoring-config.ports';
import { ok } from '../../domain/result';
import { decisionsAdapter } from '../deps';
import { browsableIssues } from '../permissions/issue-visibility';
import { currentUser } from '../product/jira-gateway';
import { listIssueTypes } from '../product/issue-types';
import { pushRescore } from '../product/rescore-queue';
import { countInitiatives } from '../storage/initiative-count.repository';
import { topInitiatives } from '../storage/initiative.queries';
import { loadRescoreJob, saveRescoreJob } from '../storage/rescore-job.repository';
import { loadSettings, saveSettings } from '../storage/settings.repository';
import { configRequests } from '../storage/config-request.repository';
import { buildResolver, defineResolver, type CallContext } from './define-resolver';
import { lifecycleSettingsResolvers } from './lifecycle-settings.resolver';
import { programmeLessonsResolvers } from './lessons.resolver';
import { programmeMaturityResolvers } from './maturity.resolver';
import { pirSettingsResolvers } from './pir-settings.resolver';

function configPorts(ctx: CallContext): ScoringConfigPorts {
  return {
    // The CSI-admin check read the settings already: one KVS get per call.
    settings: () => ctx.memo('settings', loadSettings),
    saveSettings,
    requests: configRequests,
    issueTypes: listIssueTypes,
    countInitiatives,
    job: loadRescoreJob,
    saveJob: saveRescoreJob,
    startRescore: (event) => pushRescore(event),
    decisions: decisionsAdapter,
    identity: { currentUser },
    clock: { now: () => new Date().toISOString(), id: () => randomUUID() },
  };
}

/**
 * The CSI programme page (`jira:globalPage`): anyone with Jira access can open it, so every call
 * checks the app's CSI-admin role (Jira site admins hold it too) before any work.
 */
export const programmePageResolvers = [
  defineResolver({
    call: programmeCalls.scoringConfig,
    requires: ['csiAdmin'],
    handle: (_input, ctx) => getScoringConfig(configPorts(ctx)),
  }),
  defineResolver({
    call: programmeCalls.previewConfig,
    requires: ['csiAdmin'],
    handle: (input, ctx) =>
      previewConfig(
        { settings: () => ctx.memo('settings', loadSettings), top: topInitiatives, browsable: browsableIssues },
        input.config,
      ),
  }),
  defineResolver({
    call: programmeCalls.saveConfig,
    requires: ['csiAdmin'],
    handle: (input, ctx) => saveConfig(configPorts(ctx), input.config, input.reason, input.requestId),
  }),
  defineResolver({
    call: programmeCalls.rescoreProgress,
    requires: ['csiAdmin'],
    handle: async () => {
      const job = await loadRescoreJob();
      return ok(job ? progressView(job) : null);
    },
  }),
  ...lifecycleSettingsResolvers,
  ...programmeLessonsResolvers,
  ...programmeMaturityResolvers,
  ...pirSettingsResolvers,
];

export const programmePageResolver = buildResolver(programmePageResolvers);
