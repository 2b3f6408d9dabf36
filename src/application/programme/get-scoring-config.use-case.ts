import type { ScoringConfigData } from '../../contracts/programme.contract';
import { ok, type Result } from '../../domain/result';
import { progressView, toInput } from './config-input';
import type { ScoringConfigPorts } from './scoring-config.ports';

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
