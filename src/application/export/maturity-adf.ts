import type { MaturityView } from '../../contracts/maturity.contract';
import { doc, heading, paragraph, table, text, type AdfDoc } from './adf';

const change = (level: number, previous: number | null): string =>
  previous === null ? `${level}` : `${level} (was ${previous})`;

/**
 * The maturity macro as a document for Confluence's PDF and Word exports (`adfExport`): the
 * organisation's level, one row per dimension with its comparison, stagnation and open gaps, and the
 * trend. A period without a submitted assessment says so.
 */
export function maturityAdf(view: MaturityView, now: string): AdfDoc {
  const title = heading(2, `CSI maturity ${view.period}`);
  const { result } = view;
  if (!result) {
    return doc(
      title,
      paragraph(text(`No assessment of ${view.period} has been submitted yet (as of ${now.slice(0, 10)}).`)),
    );
  }
  const { organisation } = result;
  const versus = result.comparisonPeriod ? ` Compared with ${result.comparisonPeriod}.` : '';
  const lead = paragraph(
    text(
      `Organisation level ${change(organisation.level, organisation.previousLevel)}, mean ${organisation.mean}.` +
        `${versus} Submitted ${result.submittedAt.slice(0, 10)} by ${result.submittedBy.displayName}.`,
    ),
  );
  const rows = result.dimensions.map((d) => [
    d.label,
    change(d.level, d.previousLevel),
    d.stagnating ? 'Not risen for two quarters' : '',
    d.gaps.map((g) => `${g.text}${g.issueKey ? ` (${g.issueKey})` : ''}`).join('; '),
  ]);
  const trend = view.trend.map((t) => [t.period, `${t.organisationLevel}`, `${t.mean}`]);
  return doc(
    title,
    lead,
    table(['Dimension', 'Level', 'Stagnation', 'Gaps to the next level'], rows),
    heading(3, 'Trend'),
    table(['Period', 'Organisation level', 'Mean'], trend),
  );
}
