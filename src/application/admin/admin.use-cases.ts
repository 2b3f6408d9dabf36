import type { AdminData, PreviewData } from '../../contracts/admin.contract';
import type { ScoringConfigInput } from '../../contracts/fields';
import type { RescoreProgressView } from '../../contracts/views';
import { err, ok, type Result } from '../../domain/result';
import type { CriterionLevels, ScoringConfig } from '../../domain/scoring/scoring-config';
import { validateScoringConfig } from '../../domain/scoring/validate-scoring-config';
import { recordDecision } from '../decisions/record-decision.use-case';
import type { InitiativeRecord, UserRefRecord } from '../initiative-record';
import type { ClockPort, DecisionsPort, IdentityPort } from '../ports';
import { scoreInitiative } from '../scoring/score-initiative';
import { configChanges } from './config-changes';
import type { RescoreEvent, RescoreJob } from './rescore-job';

export interface StoredSettings {
  config: ScoringConfig;
  changedBy: UserRefRecord | null;
  changedAt: string | null;
  reason: string | null;
  csiAdmins: string[];
}

export interface AdminPorts {
  settings(): Promise<StoredSettings>;
  saveSettings(next: StoredSettings): Promise<boolean>;
  issueTypes(): Promise<Array<{ id: string; name: string }>>;
  usersByIds(accountIds: readonly string[]): Promise<UserRefRecord[]>;
  saveCsiAdmins(accountIds: readonly string[]): Promise<void>;
  top(limit: number): Promise<InitiativeRecord[]>;
  countInitiatives(): Promise<number>;
  job(): Promise<RescoreJob | undefined>;
  saveJob(job: RescoreJob): Promise<void>;
  startRescore(event: RescoreEvent): Promise<void>;
  decisions: DecisionsPort;
  identity: IdentityPort;
  clock: ClockPort;
}

export interface AdminViewer {
  canSave: boolean;
  canManageAdmins: boolean;
}

export async function getAdmin(ports: AdminPorts, viewer: AdminViewer): Promise<Result<AdminData>> {
  const [settings, issueTypes, job] = await Promise.all([ports.settings(), ports.issueTypes(), ports.job()]);
  const admins = await ports.usersByIds(settings.csiAdmins);
  return ok({
    config: {
      ...toInput(settings.config),
      version: settings.config.version,
      changedBy: settings.changedBy,
      changedAt: settings.changedAt,
    },
    issueTypes,
    rescore: job ? progressView(job) : null,
    csiAdmins: settings.csiAdmins.map(
      (id) => admins.find((a) => a.accountId === id) ?? { accountId: id, displayName: 'Unknown user' },
    ),
    viewer,
  });
}

/** How the top 10 would move under a proposed configuration (nothing is written). */
export async function previewConfig(ports: AdminPorts, input: ScoringConfigInput): Promise<Result<PreviewData>> {
  const current = await ports.settings();
  const proposed = validateScoringConfig(fromInput(input, current.config.version + 1));
  if (!proposed.ok) return inPayload(proposed.error);
  const records = await ports.top(100);
  const rankBy = (scores: Array<number | null>) => {
    const order = scores.map((s, i) => [s ?? -1, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const ranks = new Array<number>(scores.length);
    order.forEach(([, i], rank) => (ranks[i] = rank + 1));
    return ranks;
  };
  const before = records.map((r) => r.computed.score);
  const after = records.map((r) => scoreInitiative(r, proposed.value).score);
  const [rb, ra] = [rankBy(before), rankBy(after)];
  const moves = records
    .map((r, i) => ({
      issueKey: r.issueKey,
      summary: r.summary,
      before: before[i] ?? null,
      after: after[i] ?? null,
      rankBefore: rb[i] ?? 0,
      rankAfter: ra[i] ?? 0,
    }))
    .sort((a, b) => a.rankAfter - b.rankAfter)
    .slice(0, 10);
  return ok({ moves });
}

/** Saves a new configuration version, records who and why in the decision log, and starts re-scoring. */
export async function saveConfig(
  ports: AdminPorts,
  input: ScoringConfigInput,
  reason: string,
  viewer: AdminViewer,
): Promise<Result<AdminData>> {
  const current = await ports.settings();
  const next = validateScoringConfig(fromInput(input, current.config.version + 1));
  if (!next.ok) return inPayload(next.error);
  const [actor, at] = [await ports.identity.currentUser(), ports.clock.now()];
  const saved = await ports.saveSettings({ ...current, config: next.value, changedBy: actor, changedAt: at, reason });
  if (!saved)
    return err({
      code: 'CONFLICT',
      message: 'Someone saved the configuration at the same time. Reload and try again.',
    });
  const changes = configChanges(current.config, next.value);
  const recorded = await recordDecision(
    ports.decisions,
    {
      type: 'scoring-config-changed',
      subject: null,
      summary:
        `Scoring configuration v${next.value.version}: ${changes[0] ?? 'saved'}${changes.length > 1 ? ` (+${changes.length - 1} more)` : ''}`.slice(
          0,
          300,
        ),
      rationale: reason,
      optionsConsidered: [],
      payload: { fromVersion: current.config.version, toVersion: next.value.version, changes },
    },
    actor,
    at,
  );
  if (!recorded.ok) return recorded;
  const job: RescoreJob = {
    jobId: ports.clock.id(),
    configVersion: next.value.version,
    status: 'running',
    total: await ports.countInitiatives(),
    done: 0,
    changed: 0,
    failed: 0,
    startedAt: at,
    finishedAt: null,
    batchesDone: 0,
    lastIssueId: '',
    budget: { hourStartedAt: at, points: 0 },
  };
  await ports.saveJob(job);
  await ports.startRescore({ jobId: job.jobId, configVersion: job.configVersion, batch: 0, afterIssueId: '', actor });
  return getAdmin(ports, viewer);
}

/**
 * A site admin grants or withdraws the CSI-admin role. Every account must exist in Jira; the list
 * replaces the old one.
 */
export async function setCsiAdmins(
  ports: AdminPorts,
  accountIds: string[],
  viewer: AdminViewer,
): Promise<Result<AdminData>> {
  const unique = [...new Set(accountIds)];
  const known = new Set((await ports.usersByIds(unique)).map((u) => u.accountId));
  const unknown = unique.map((id, i) => [id, i] as const).filter(([id]) => !known.has(id));
  if (unknown.length > 0) {
    const fieldErrors = Object.fromEntries(unknown.map(([, i]) => [`accountIds.${i}`, ['No such user in Jira']]));
    return err({ code: 'INVALID_INPUT', message: 'Some of these people are not Jira users.', fieldErrors });
  }
  await ports.saveCsiAdmins(unique);
  return getAdmin(ports, viewer);
}

export function progressView(job: RescoreJob): RescoreProgressView {
  const { jobId, configVersion, status, total, done, changed, failed, startedAt, finishedAt } = job;
  return { jobId, configVersion, status, total, done, changed, failed, startedAt, finishedAt };
}

/** Field errors keyed as the payload is (`config.criteria.2.weight`), like the schema's own errors. */
function inPayload(error: { code: string; message: string; fieldErrors?: Record<string, string[]> }): Result<never> {
  const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([k, v]) => [`config.${k}`, v]));
  return err({ ...error, fieldErrors });
}

function toInput(config: ScoringConfig): ScoringConfigInput {
  return {
    criteria: config.criteria.map((c) => ({ ...c, levels: [...c.levels] })),
    quickWin: { ...config.quickWin },
    transformational: { ...config.transformational },
    balanceBand: { ...config.balanceBand },
    mviThresholdPct: config.mviThresholdPct,
    effortCriterionKey: config.effortCriterionKey,
    enabledIssueTypes: [...config.enabledIssueTypes],
  };
}

function fromInput(input: ScoringConfigInput, version: number): ScoringConfig {
  return {
    ...input,
    version,
    criteria: input.criteria.map((c) => ({ ...c, levels: c.levels as unknown as CriterionLevels })),
  };
}
