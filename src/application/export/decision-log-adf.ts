import type { DecisionLogPage } from '../../contracts/decision-log.contract';
import { witnessLine, type LogWitness } from '../../domain/decision-log/log-witness';
import { doc, heading, paragraph, table, text, type AdfDoc } from './adf';

/**
 * The decision log's latest entries as a static document for Confluence's PDF and Word exports,
 * ending with the log head when exported (`witnessLine`): a copy the app cannot rewrite later.
 */
export function decisionLogAdf(page: DecisionLogPage, generatedAt: string, head?: LogWitness): AdfDoc {
  const integrity =
    page.integrity.status === 'verified'
      ? `Hash chain verified through #${page.integrity.throughSeq}.`
      : page.integrity.status === 'broken'
        ? `Hash chain BROKEN at #${page.integrity.atSeq}: ${page.integrity.reason}.`
        : 'The log has not been verified yet.';
  const hidden =
    page.hiddenProjects > 0 ? ` ${page.hiddenProjects} configured project(s) are hidden from the exporting user.` : '';
  return doc(
    heading(2, `CSI decision log · ${page.projects.join(', ')}`),
    paragraph(text(`${integrity}${hidden} Generated ${generatedAt.slice(0, 16).replace('T', ' ')} UTC.`)),
    table(
      ['#', 'Date', 'Type', 'Subject', 'Summary', 'Rationale', 'Who'],
      page.entries.map((e) => [
        String(e.seq),
        e.at.slice(0, 10),
        e.typeLabel,
        e.subject?.issueKey ?? '–',
        e.summary,
        e.rationale,
        e.actor.displayName,
      ]),
    ),
    ...(head ? [paragraph(text(witnessLine(head, generatedAt)))] : []),
  );
}
