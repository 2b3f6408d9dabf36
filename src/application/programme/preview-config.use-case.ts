import type { PreviewData } from '../../contracts/programme.contract';
import type { ScoringConfigInput } from '../../contracts/fields';
import { ok, type Result } from '../../domain/result';
import { validateScoringConfig } from '../../domain/scoring/validate-scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import { keepBrowsable, type IssueVisibilityPort } from '../issue-visibility';
import { scoreInitiative } from '../scoring/score-initiative';
import { fromInput, inPayload } from './config-input';
import type { StoredSettings } from './scoring-config.ports';

/** `browsable`: the reader's issue-level security, so the preview lists only issues they may see. */
export interface PreviewPorts extends IssueVisibilityPort {
  settings(): Promise<StoredSettings>;
  top(limit: number): Promise<InitiativeRecord[]>;
}

const rankBy = (scores: Array<number | null>): number[] => {
  const order = scores.map((s, i) => [s ?? -1, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const ranks = new Array<number>(scores.length);
  order.forEach(([, i], rank) => (ranks[i] = rank + 1));
  return ranks;
};

/** How the top 10 would move under a proposed configuration (nothing is written). */
export async function previewConfig(ports: PreviewPorts, input: ScoringConfigInput): Promise<Result<PreviewData>> {
  const current = await ports.settings();
  const proposed = validateScoringConfig(fromInput(input, current.config.version + 1));
  if (!proposed.ok) return inPayload(proposed.error);
  const records = await keepBrowsable(ports, await ports.top(100), (r) => r.issueId);
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
