import type { ScoringConfigInput } from '../../contracts/fields';
import type { ScoringConfigData } from '../../contracts/programme.contract';
import { draftConfigChange } from '../../domain/scoring/draft-config-change';
import { err, type Result } from '../../domain/result';

import { validateScoringConfig } from '../../domain/scoring/validate-scoring-config';
import { configChanges, MAX_RECORDED_CHANGES } from '../../domain/scoring/config-changes';
import type { RescoreJob } from '../admin/rescore-job';
import { recordDecision } from '../decisions/record-decision.use-case';
import { fromInput, inPayload, sameConfig } from './config-input';
import { getScoringConfig } from './get-scoring-config.use-case';
import type { ConfigRequest, ScoringConfigPorts, StoredSettings } from './scoring-config.ports';

/**
 * Saves a new configuration version, records who and why in the decision log, and starts re-scoring.
 * With a `requestId`, the id commits with the settings; a retry with the same id saves nothing again
 * and completes whatever the first call did not (the decision, the re-score job), so a save that
 * answered UNAVAILABLE half-way is made whole by retrying it.
 */
export async function saveConfig(
  ports: ScoringConfigPorts,
  input: ScoringConfigInput,
  reason: string,
  requestId?: string,
): Promise<Result<ScoringConfigData>> {
  const actor = await ports.identity.currentUser();
  const key = requestId === undefined ? undefined : ports.requests.key(actor.accountId, requestId);
  const prior = key === undefined ? undefined : await ports.requests.get(key);
  if (key !== undefined && prior) return completeSave(ports, key, prior, true);
  const current = await ports.settings();
  const next = validateScoringConfig(fromInput(input, current.config.version + 1));
  if (!next.ok) return inPayload(next.error);
  if (sameConfig(current.config, next.value)) return nothingChanged();
  const changes = configChanges(current.config, next.value);
  if (changes.length > MAX_RECORDED_CHANGES) return tooManyChanges(changes.length);
  const at = ports.clock.now();
  const record: ConfigRequest = {
    version: next.value.version,
    decided: false,
    draft: draftConfigChange(current.config.version, next.value.version, changes, reason),
    actor,
    at,
  };
  const stored: StoredSettings = { ...current, config: next.value, changedBy: actor, changedAt: at, reason };
  const saved = await ports.saveSettings(stored, key === undefined ? undefined : { key, record });
  if (!saved)
    return err({
      code: 'CONFLICT',
      message: 'Someone saved the configuration at the same time. Reload and try again.',
    });
  // The answer is the saved configuration (the settings read before the save are out of date).
  return completeSave({ ...ports, settings: () => Promise.resolve(stored) }, key, record, false);
}

/** The decision (unless recorded already) and the re-score job (unless started) of a saved version. */
async function completeSave(
  ports: ScoringConfigPorts,
  key: string | undefined,
  record: ConfigRequest,
  retry: boolean,
): Promise<Result<ScoringConfigData>> {
  // A retry checks the log too: the first call may have appended and then failed to say so.
  const decided = record.decided || (retry && (await ports.requests.recorded(record.version)));
  if (!decided) {
    const recorded = await recordDecision(ports.decisions, record.draft, record.actor, record.at);
    if (!recorded.ok) return recorded;
    if (key !== undefined) await ports.requests.set(key, { ...record, decided: true });
  }
  const existing = await ports.job();
  const started = existing && (existing.batchesDone > 0 || existing.status === 'done');
  if (existing && (existing.configVersion > record.version || (existing.configVersion === record.version && started)))
    return getScoringConfig(ports);
  const job: RescoreJob =
    existing && existing.configVersion === record.version
      ? existing
      : {
          jobId: ports.clock.id(),
          configVersion: record.version,
          status: 'running',
          total: await ports.countInitiatives(),
          done: 0,
          changed: 0,
          failed: 0,
          startedAt: record.at,
          finishedAt: null,
          batchesDone: 0,
          lastIssueId: '',
          budget: { hourStartedAt: record.at, points: 0 },
        };
  if (job !== existing) await ports.saveJob(job);
  // Pushed again on a retry whose job has not started: the job drops a duplicate event's work.
  await ports.startRescore({
    jobId: job.jobId,
    configVersion: job.configVersion,
    batch: 0,
    afterIssueId: '',
    actor: record.actor,
  });
  return getScoringConfig(ports);
}

/** Refused before any write: a save that changes nothing makes no version, no decision, no re-score. */
function nothingChanged(): Result<never> {
  const message = 'Nothing changed: this configuration is the one in force. Change something before saving.';
  return err({ code: 'INVALID_INPUT', message, fieldErrors: { config: [message] } });
}

/** Refused before any write: one decision-log entry records at most `MAX_RECORDED_CHANGES` changes. */
function tooManyChanges(count: number): Result<never> {
  const message = `This save makes ${count} changes; one save can record at most ${MAX_RECORDED_CHANGES} in the decision log. Save the changes in smaller steps.`;
  return err({ code: 'INVALID_INPUT', message, fieldErrors: { config: [message] } });
}
