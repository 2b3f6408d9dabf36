import type { ScoringConfigInput } from '../../contracts/fields';
import type { RescoreProgressView } from '../../contracts/views';
import { err, type Result } from '../../domain/result';
import type { CriterionLevels, ScoringConfig } from '../../domain/scoring/scoring-config';
import type { RescoreJob } from '../admin/rescore-job';

/** A stored configuration as the page edits it (no version: the next save numbers it). */
export function toInput(config: ScoringConfig): ScoringConfigInput {
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

/** A configuration from the page, numbered `version` (still to be validated). */
export function fromInput(input: ScoringConfigInput, version: number): ScoringConfig {
  return {
    ...input,
    version,
    criteria: input.criteria.map((c) => ({ ...c, levels: c.levels as unknown as CriterionLevels })),
  };
}

/** Field errors keyed as the payload is (`config.criteria.2.weight`), like the schema's own errors. */
export function inPayload(error: {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
}): Result<never> {
  const fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([k, v]) => [`config.${k}`, v]));
  return err({ ...error, fieldErrors });
}

/** Whether two configurations hold the same rules (the version aside), whatever their keys' order. */
export function sameConfig(a: ScoringConfig, b: ScoringConfig): boolean {
  return canonical({ ...a, version: 0 }) === canonical({ ...b, version: 0 });
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What the page shows of a re-score job. */
export function progressView(job: RescoreJob): RescoreProgressView {
  const { jobId, configVersion, status, total, done, changed, failed, startedAt, finishedAt } = job;
  return { jobId, configVersion, status, total, done, changed, failed, startedAt, finishedAt };
}
