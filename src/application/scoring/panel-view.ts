import type { PanelData, RaterRatings } from '../../contracts/issue-panel.contract';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { isPaused, type InitiativeRecord } from '../initiative-record';
import type { RaterRatings as StoredRatings } from '../rater-ratings';
import type { ProgressUpdateView, DecisionEntryView } from '../../contracts/views';
import type { PilotRecord } from '../pilot/pilot-record';
import { pilotView } from '../pilot/pilot-view';
import { lifecycleView } from '../lifecycle/lifecycle-view';
import { stopCriteriaView } from '../stop-criteria/stop-criteria-view';

export interface PanelInputs {
  issue: { id: string; key: string; type: string | undefined };
  config: ScoringConfig;
  record: InitiativeRecord | undefined;
  /** The viewer's own ratings (their entry of the `rating` entity), if they rated. */
  mine?: StoredRatings | undefined;
  updates: ProgressUpdateView[];
  /** When the panel is read (ISO): the pause / terminate criteria are evaluated at this moment. */
  now: string;
  /** The initiative's pilot, when one is stored. */
  pilot?: PilotRecord | undefined;
  viewer: { accountId: string; canEdit: boolean; isCsiAdmin: boolean };
  /** Who rated what and why, when the ratings are stored apart from the record; else the record's raters. */
  raterRatings?: RaterRatings[];
}

/** Shapes what the issue panel shows from the stored record; the UI renders it as given. */
export function panelView({
  issue,
  config,
  record,
  mine,
  updates,
  viewer,
  raterRatings,
  pilot,
  now,
}: PanelInputs): PanelData {
  const participating = issue.type === undefined || config.enabledIssueTypes.includes(issue.type);
  // A rater embedded by an older version (before the `rating` entity) is read from the record.
  const legacy = record?.raters.find((r) => r.rater.accountId === viewer.accountId);
  return {
    issue: {
      id: issue.id,
      key: issue.key,
      summary: record?.summary ?? '',
      status: record?.status ?? '',
      issueType: issue.type ?? record?.issueType ?? '',
    },
    participating,
    viewer: {
      canRate: participating && viewer.canEdit && !record?.rejection,
      canDecide: participating && viewer.isCsiAdmin,
      canPostUpdate: participating && viewer.canEdit,
    },
    criteria: config.criteria.map((c) => ({ ...c, levels: [...c.levels] })),
    myRatings: mine?.ratings ?? legacy?.ratings ?? {},
    plan: record?.plan ?? { plannedDurationDays: null, kpi: null },
    score: record
      ? { ...record.computed, raters: record.raterSummaries.map((r) => r.rater), raterCount: record.raterCount }
      : null,
    history: record?.history ?? [],
    rejection: record?.rejection ? rejectionView(record) : null,
    updates,
    decisions: record?.decisions ?? [],
    paused: record ? isPaused(record) : false,
    lifecycle: lifecycleView(record),
    pilot: pilotView(pilot, viewer),
    stopCriteria: stopCriteriaView(record, pilot, viewer, now),
    moreRaters: null,
    pir: null,
    raterRatings: [...(raterRatings ?? []), ...(record?.raters ?? [])]
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((r) => ({ rater: r.rater, at: r.at, ratings: r.ratings })),
  };
}

function rejectionView(record: InitiativeRecord): DecisionEntryView | null {
  const r = record.rejection;
  if (!r) return null;
  return {
    seq: r.seq,
    type: 'proposal-rejected',
    typeLabel: 'Proposal rejected',
    subject: { issueKey: record.issueKey, projectKey: record.projectKey },
    summary: `Rejected: ${r.reasonCategory.replace(/-/g, ' ')}`,
    rationale: r.rationale,
    optionsConsidered: [],
    reasonCategory: r.reasonCategory,
    revisitIf: null,
    scoresAtTime: null,
    actor: r.actor,
    at: r.at,
    hash: '',
    prevHash: '',
    details: {},
  };
}
