import type { ScoringConfigData } from '../../contracts/programme.contract';
import type { ScoringConfigInput } from '../../contracts/fields';
import { err, ok, type Result } from '../../domain/result';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { validateScoringConfig } from '../../domain/scoring/validate-scoring-config';
import { configChanges, MAX_RECORDED_CHANGES } from '../admin/config-changes';
import type { RescoreEvent, RescoreJob } from '../admin/rescore-job';
import { recordDecision } from '../decisions/record-decision.use-case';
import type { UserRefRecord } from '../initiative-record';
import type { ClockPort, DecisionsPort, IdentityPort } from '../ports';
import { fromInput, inPayload, progressView, toInput } from './config-input';

export interface StoredSettings {
  config: ScoringConfig;
  changedBy: UserRefRecord | null;
  changedAt: string | null;
  reason: string | null;
  csiAdmins: string[];
  /** The stored revision read with these settings; a save is refused (CONFLICT) if it moved. */
  revision?: number;
}

export interface ScoringConfigPorts {
  settings(): Promise<StoredSettings>;
  saveSettings(next: StoredSettings): Promise<boolean>;
  issueTypes(): Promise<Array<{ id: string; name: string }>>;
  countInitiatives(): Promise<number>;
  job(): Promise<RescoreJob | undefined>;
  saveJob(job: RescoreJob): Promise<void>;
  startRescore(event: RescoreEvent): Promise<void>;
  decisions: DecisionsPort;
  identity: IdentityPort;
  clock: ClockPort;
}

/** The current configuration, the issue types to choose from, and the last re-score's progress. */
export async function getScoringConfig(
  ports: Pick<ScoringConfigPorts, 'settings' | 'issueTypes' | 'job'>,
): Promise<Result<ScoringConfigData>> {
  const [settings, issueTypes, job] = await Promise.all([ports.settings(), ports.issueTypes(), ports.job()]);
  return ok({
    config: {
      ...toInput(settings.config),
      version: settings.config.version,
      changedBy: settings.changedBy,
      changedAt: settings.changedAt,
    },
    issueTypes,
    rescore: job ? progressView(job) : null,
  });
}

/** Saves a new configuration version, records who and why in the decision log, and starts re-scoring. */
export async function saveConfig(
  ports: ScoringConfigPorts,
  input: ScoringConfigInput,
  reason: string,
): Promise<Result<ScoringConfigData>> {
  const current = await ports.settings();
  const next = validateScoringConfig(fromInput(input, current.config.version + 1));
  if (!next.ok) return inPayload(next.error);
  const changes = configChanges(current.config, next.value);
  if (changes.length > MAX_RECORDED_CHANGES) return tooManyChanges(changes.length);
  const [actor, at] = [await ports.identity.currentUser(), ports.clock.now()];
  const saved = await ports.saveSettings({ ...current, config: next.value, changedBy: actor, changedAt: at, reason });
  if (!saved)
    return err({
      code: 'CONFLICT',
      message: 'Someone saved the configuration at the same time. Reload and try again.',
    });
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
  return getScoringConfig(ports);
}

/** Refused before any write: one decision-log entry records at most `MAX_RECORDED_CHANGES` changes. */
function tooManyChanges(count: number): Result<never> {
  const message = `This save makes ${count} changes; one save can record at most ${MAX_RECORDED_CHANGES} in the decision log. Save the changes in smaller steps.`;
  return err({ code: 'INVALID_INPUT', message, fieldErrors: { config: [message] } });
}
