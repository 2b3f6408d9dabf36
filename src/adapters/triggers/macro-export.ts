import { z } from 'zod';
import { decisionLogPage } from '../../application/decisions/decision-log-page.use-case';
import { decisionLogAdf } from '../../application/export/decision-log-adf';
import { doc, paragraph, text, type AdfDoc } from '../../application/export/adf';
import { progressReportAdf } from '../../application/export/progress-report-adf';
import { progressReport } from '../../application/progress/progress-report.use-case';
import { checkGrants } from '../permissions/permission-checker';
import { decisionLogScope, progressReportPorts, progressReportScope } from '../reports/macro-reports';
import { createMemo, type Memo } from '../resolvers/memo';
import { decisionQuery } from '../storage/decision-query.adapter';

/**
 * `adfExport` functions: Confluence calls them when a page is exported to PDF or Word (an iframe
 * cannot be exported) and renders the returned document in the macro's place. The exporting user
 * must be able to view the page and browse the project, exactly as when reading it live.
 */
const exportPayloadSchema = z.object({
  config: z.unknown().optional(),
  exportType: z.string().optional(),
  context: z
    .object({
      accountId: z.string().optional(),
      contentId: z.union([z.string(), z.number()]).transform(String).optional(),
      content: z.object({ id: z.union([z.string(), z.number()]).transform(String) }).optional(),
    })
    .default({}),
});

const notice = (message: string): AdfDoc => doc(paragraph(text(message)));

/** Runs an export after checking the reader; every refusal is a readable paragraph in the export. */
async function exportAs(payload: unknown, render: (config: unknown, memo: Memo) => Promise<AdfDoc>): Promise<AdfDoc> {
  const parsed = exportPayloadSchema.safeParse(payload);
  if (!parsed.success) return notice('This CSI macro could not be exported: the export request was not understood.');
  const { accountId, contentId, content } = parsed.data.context;
  const pageId = contentId ?? content?.id;
  if (!accountId || !pageId) return notice('Sign in to Confluence to export this CSI report.');
  try {
    const memo = createMemo();
    const grants = await checkGrants(
      ['viewPage'],
      { accountId, moduleKey: 'export', extension: { content: { id: pageId } } },
      memo,
    );
    if (!grants.viewPage) return notice('You do not have permission to view this page.');
    return await render(parsed.data.config, memo);
  } catch (cause) {
    console.error('CSI macro export failed', cause);
    return notice('The CSI report could not be exported right now. Try the export again.');
  }
}

export function progressReportExport(payload: unknown): Promise<AdfDoc> {
  return exportAs(payload, async (raw, memo) => {
    const config = await progressReportScope(raw);
    if (!config.ok) return notice(config.error.message);
    const now = new Date().toISOString();
    return progressReportAdf(await progressReport(progressReportPorts(memo), { ...config.value, now }), now);
  });
}

export function decisionLogExport(payload: unknown): Promise<AdfDoc> {
  return exportAs(payload, async (raw, memo) => {
    const scope = await decisionLogScope(raw, memo);
    if (!scope.ok) return notice(scope.error.message);
    const { config, visible, hidden } = scope.value;
    const page = await decisionLogPage(decisionQuery, {
      projects: visible,
      hiddenProjects: hidden,
      pageSize: config.pageSize,
      types: config.types,
      from: config.from,
      to: config.to,
    });
    return decisionLogAdf(page, new Date().toISOString());
  });
}
