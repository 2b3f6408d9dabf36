import type { ProgressReport, ProgressReportInitiative } from '../../contracts/macro.contract';
import { bullets, doc, heading, paragraph, table, text, type AdfDoc } from './adf';

const CLASS = {
  'quick-win': 'quick win',
  standard: 'standard',
  transformational: 'transformational',
  unclassified: 'unclassified',
};

/**
 * The progress report as a static document for Confluence's PDF and Word exports: the portfolio
 * header, then one row per initiative in the standard layout (domain.md section 6).
 */
export function progressReportAdf(report: ProgressReport, generatedAt: string): AdfDoc {
  const { countsByStage, balance, decisionsInPeriod, decisionsInPeriodLowerBound } = report.header;
  const share =
    balance.quickWinSharePct === null ? 'no active initiatives' : `${balance.quickWinSharePct} % quick wins`;
  return doc(
    heading(2, `CSI progress report · ${report.project} · last ${report.periodDays} days`),
    paragraph(text(`Generated ${generatedAt.slice(0, 16).replace('T', ' ')} UTC.`)),
    bullets([
      `By stage: ${
        Object.entries(countsByStage)
          .map(([stage, n]) => `${stage} ${n}`)
          .join(', ') || 'none'
      }`,
      `Balance: ${share} of ${balance.activeCount} active (target ${balance.band.min}–${balance.band.max} %, ${balance.position})`,
      `Decisions in the period: ${decisionsInPeriodLowerBound ? 'at least ' : ''}${decisionsInPeriod}`,
    ]),
    table(
      ['Initiative', 'Status and stage', 'Score', 'Owner', 'Latest checkpoint', 'KPI', 'Latest update', 'Open actions'],
      report.initiatives.map(row),
    ),
  );
}

function row(i: ProgressReportInitiative): string[] {
  const kpi = i.kpi
    ? `${i.kpi.name}\n${i.kpi.baseline} → ${i.kpi.current ?? 'current not tracked yet'} (target ${i.kpi.target})\n${i.kpi.rag.toUpperCase()}`
    : '–';
  const u = i.latestUpdate;
  const update = u
    ? [
        `${u.rag.toUpperCase()} · ${u.author.displayName}, ${u.at.slice(0, 10)}`,
        `Changed: ${u.whatChanged}`,
        `Next: ${u.next}`,
        ...(u.risks ? [`Risks: ${u.risks}`] : []),
        ...(u.asks ? [`Asks: ${u.asks}`] : []),
      ].join('\n')
    : 'No update yet';
  return [
    `${i.issueKey} · ${i.summary}`,
    `${i.status}\n${i.stage}`,
    `${i.score === null ? '–' : i.score.toFixed(1)}\n${CLASS[i.initiativeClass]}`,
    i.owner ?? 'Not assigned',
    i.latestCheckpoint ?? 'None yet',
    kpi,
    update,
    // Counted from the PIR's actions; before a PIR there is nothing to count, which is not "none open".
    i.openActions === null ? 'No PIR yet' : String(i.openActions),
  ];
}
