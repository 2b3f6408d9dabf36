import type { ProgressReport, ProgressReportInitiative } from '../../contracts/macro.contract';
import { ragForKpi } from '../../domain/progress/rag-for-kpi';
import { balanceView } from '../portfolio/balance-view';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import { keepBrowsable, type IssueVisibilityPort } from '../issue-visibility';

/** The report's storage, and (as the reader) which issues they may browse. */
export interface ProgressReportPorts extends IssueVisibilityPort {
  config(): Promise<ScoringConfig>;
  initiatives(projectKey: string): AsyncIterable<InitiativeRecord>;
  activeClasses(projectKey: string): Promise<Array<InitiativeRecord['computed']['initiativeClass']>>;
  /**
   * How many decisions about the project (or configuration-wide) were taken since `from`;
   * `lowerBound` when counting stopped at its limit (there are at least that many).
   */
  decisionsSince(projectKey: string, from: string): Promise<{ count: number; lowerBound: boolean }>;
}

const MAX_INITIATIVES = 200;
/** Initiatives checked against Jira per bulk permission call (it takes up to 1,000). */
const CHECK_BATCH = 100;

/**
 * The standard layout of domain.md section 6 for every initiative, with a portfolio header. Only
 * initiatives the reader may browse are listed (issue-level security can hide an issue in a
 * project they can browse); the stage counts follow what is listed.
 */
export async function progressReport(
  ports: ProgressReportPorts,
  req: { project: string; statuses: string[]; classes: string[]; periodDays: number; now: string },
): Promise<ProgressReport> {
  const from = new Date(Date.parse(req.now) - req.periodDays * 86_400_000).toISOString();
  const [config, classes, decisions] = await Promise.all([
    ports.config(),
    ports.activeClasses(req.project),
    ports.decisionsSince(req.project, from),
  ]);
  const records = await visibleInitiatives(ports, req);
  const initiatives = records.map(cardOf);
  const countsByStage: Record<string, number> = {};
  for (const card of initiatives) countsByStage[card.stage] = (countsByStage[card.stage] ?? 0) + 1;
  return {
    project: req.project,
    periodDays: req.periodDays,
    header: {
      countsByStage,
      balance: balanceView(classes, config.balanceBand),
      decisionsInPeriod: decisions.count,
      decisionsInPeriodLowerBound: decisions.lowerBound,
    },
    initiatives,
  };
}

async function visibleInitiatives(
  ports: ProgressReportPorts,
  req: { project: string; statuses: string[]; classes: string[] },
): Promise<InitiativeRecord[]> {
  const records: InitiativeRecord[] = [];
  let batch: InitiativeRecord[] = [];
  const flush = async () => {
    records.push(...(await keepBrowsable(ports, batch, (r) => r.issueId)));
    batch = [];
  };
  for await (const record of ports.initiatives(req.project)) {
    if (req.statuses.length > 0 && !req.statuses.includes(record.status)) continue;
    if (req.classes.length > 0 && !req.classes.includes(record.computed.initiativeClass)) continue;
    batch.push(record);
    if (batch.length === CHECK_BATCH) await flush();
    if (records.length >= MAX_INITIATIVES) break;
  }
  await flush();
  return records.slice(0, MAX_INITIATIVES);
}

/** The stage a reader thinks in, from the Jira status category and the app's own decisions. */
export function stageOf(record: Pick<InitiativeRecord, 'statusCategory' | 'rejection'>): string {
  if (record.rejection) return 'Rejected';
  if (record.statusCategory === 'done') return 'Done';
  if (record.statusCategory === 'indeterminate') return 'In delivery';
  return 'Proposed';
}

function cardOf(r: InitiativeRecord): ProgressReportInitiative {
  const kpi = r.plan.kpi;
  return {
    issueKey: r.issueKey,
    summary: r.summary,
    status: r.status,
    stage: stageOf(r),
    score: r.computed.score,
    initiativeClass: r.computed.initiativeClass,
    owner: r.owner?.displayName ?? null,
    latestCheckpoint: r.latestCheckpoint,
    kpi: kpi
      ? {
          name: kpi.name,
          baseline: kpi.baseline,
          current: r.kpiCurrent,
          target: kpi.expected,
          rag: ragForKpi({
            direction: kpi.direction,
            baseline: kpi.baseline,
            current: r.kpiCurrent,
            target: kpi.expected,
          }),
        }
      : null,
    latestUpdate: r.latestUpdate,
    openActions: r.pir ? r.openActions : null,
  };
}
