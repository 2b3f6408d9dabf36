import { err, type Result } from '../../domain/result';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { PanelCaller } from './panel.ports';

/**
 * Refuses a write on an issue whose type does not take part in CSI scoring (not in
 * `enabledIssueTypes`): nothing is written on it, whoever asks (issue 8, finding 5).
 *
 * @example const refused = notTakingPart(config, caller); if (refused) return refused;
 */
export function notTakingPart(config: ScoringConfig, caller: PanelCaller): Result<never> | undefined {
  if (config.enabledIssueTypes.includes(caller.issue.type ?? '')) return undefined;
  return err({
    code: 'PRECONDITION_FAILED',
    message: `${caller.issue.type ?? 'This issue type'} issues do not take part in CSI scoring.`,
  });
}
