import * as z from 'zod';
import { decisionLogPage } from '../../application/decisions/decision-log-page.use-case';
import { decisionLogAdf } from '../../application/export/decision-log-adf';
import { doc, paragraph, text, type AdfDoc } from '../../application/export/adf';
import { progressReportAdf } from '../../application/export/progress-report-adf';
import { lessonsAdf } from '../../application/export/lessons-adf';
import { lessonsLibrary } from '../../application/pir/lessons-library.use-case';
import { lessonsPorts } from '../reports/lessons-ports';
import { maturityAdf } from '../../application/export/maturity-adf';
import { getMaturityView } from '../../application/maturity/get-maturity-view.use-case';
import { macroQuery, maturityDeps } from '../resolvers/maturity.resolver';
import { progressReport } from '../../application/progress/progress-report.use-case';
import { checkGrants } from '../permissions/permission-checker';
import { decisionLogScope, progressReportPorts, progressReportScope } from '../reports/macro-reports';
import { createMemo, type Memo } from '../resolvers/memo';
import { decisionQuery } from '../storage/decision-query.adapter';

const id = z.union([z.string().min(1), z.number()]).transform(String);
const contentRef = z.object({ id, type: z.string().optional() });

/**
 * The `adfExport` payload, in either shape Confluence sends (the platform issue recorded in
 * issue 7; `exportType` in mirror/manifest-reference/modules/macro/index.md):
 * - PDF (and the other export types): `context.extension.content.id`, config in
 *   `extensionPayload.config` (mirror/change-the-confluence-frontend-with-the-ui-kit/index.md reads
 *   `payload.context.extension.content.id`);
 * - Word: `context.content.id` (or `context.contentId`), config in `context.config`.
 * `exportType` is `pdf`, `word` or `other`, and also `email`, `feed`, `diff`, `html_export`: any
 * non-empty string is accepted, the document does not depend on it.
 */
const exportPayloadSchema = z.object({
  exportType: z.string().min(1),
  context: z.object({
    accountId: z.string().min(1).optional(),
    extension: z.object({ content: contentRef.optional(), config: z.unknown().optional() }).optional(),
    content: contentRef.optional(),
    contentId: id.optional(),
    config: z.unknown().optional(),
  }),
  extensionPayload: z.object({ config: z.unknown().optional() }).optional(),
});

type ExportPayload = z.infer<typeof exportPayloadSchema>;

/** The content the macro is on and its configuration, wherever this export type put them. */
function locate(payload: ExportPayload) {
  const { context, extensionPayload } = payload;
  const content =
    context.extension?.content ?? context.content ?? (context.contentId ? { id: context.contentId } : undefined);
  const config = extensionPayload?.config ?? context.config ?? context.extension?.config;
  return { content, config };
}

const notice = (message: string): AdfDoc => doc(paragraph(text(message)));

/** Where a malformed payload went wrong, by path only (values may be page content). */
const issuesOf = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

/**
 * `adfExport` functions: Confluence calls them when a page or blog post is exported (an iframe
 * cannot be exported) and renders the returned document in the macro's place. The exporting user
 * must be able to view the content and browse the project, exactly as when reading it live. A
 * payload that is not understood is logged (what was wrong, never its values) and explained.
 */
async function exportAs(
  payload: unknown,
  render: (config: unknown, memo: Memo, accountId: string) => Promise<AdfDoc>,
): Promise<AdfDoc> {
  const parsed = exportPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    console.warn(`CSI macro export: malformed adfExport payload (${issuesOf(parsed.error)})`);
    return notice('This CSI macro could not be exported: the export request was not understood.');
  }
  const { content, config } = locate(parsed.data);
  if (!content) {
    console.warn(`CSI macro export: the ${parsed.data.exportType} export payload names no content id`);
    return notice('This CSI macro could not be exported: the export request did not say which page it is on.');
  }
  const accountId = parsed.data.context.accountId;
  if (!accountId) return notice('Sign in to Confluence to export this CSI report.');
  try {
    const memo = createMemo();
    const grants = await checkGrants(['viewPage'], { accountId, moduleKey: 'export', extension: { content } }, memo);
    if (!grants.viewPage) return notice('You do not have permission to view this page.');
    return await render(config, memo, accountId);
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

export function lessonsExport(payload: unknown): Promise<AdfDoc> {
  return exportAs(payload, async () => lessonsAdf(await lessonsLibrary(lessonsPorts, {}), new Date().toISOString()));
}

export function maturityExport(payload: unknown): Promise<AdfDoc> {
  return exportAs(payload, async (raw, memo, accountId) => {
    const query = macroQuery(raw);
    if (!query.ok) return notice(query.error.message);
    const view = await getMaturityView(maturityDeps({ memo }), { accountId, isCsiAdmin: false }, query.value);
    return view.ok ? maturityAdf(view.value, new Date().toISOString()) : notice(view.error.message);
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
    return decisionLogAdf(page, new Date().toISOString(), await decisionQuery.witness());
  });
}
