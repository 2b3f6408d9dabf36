import { z } from 'zod';
import type { LocalHost } from '../../host';
import { findForgeMacros } from '../../product/confluence-macros';
import type { ContentType } from '../../product/store/confluence-store';
import { escapeHtml } from '../../server/http-utils';
import { appFrame, type PageChrome } from '../layout';
import { adfToHtml } from '../adf-html';
import { decodeConfig, MACRO_BLOCK } from './macro-config-storage';
import { productCall } from './product-call';

export { saveMacroConfig } from './macro-config-storage';

const contentSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['current', 'draft']),
  spaceId: z.string(),
  body: z.object({ storage: z.object({ value: z.string() }) }),
});
type Content = z.infer<typeof contentSchema>;
type ForgeMacro = ReturnType<typeof findForgeMacros>[number];

/** The workbench's routes for content: `/confluence/pages/:id` and `/confluence/blogposts/:id`. */
const ROUTE_SEGMENT: Record<ContentType, string> = { page: 'pages', blogpost: 'blogposts' };

const NOT_VISIBLE = {
  title: 'Page not found',
  body: `<p class="notice error">You can't view this page: it does not exist or its space is restricted.</p>`,
};

/**
 * Reads the content as the acting user (Confluence hides what they cannot view; drafts are asked
 * for with `status=draft`, as the editor opens them) and replaces each Forge macro in its body with
 * what `render` makes of it, in page order.
 */
async function renderContent(
  host: LocalHost,
  chrome: PageChrome,
  type: ContentType,
  id: string,
  render: (content: Content, macros: ForgeMacro[]) => Promise<string[]> | string[],
): Promise<(Content & { html: string }) | undefined> {
  const path = `/wiki/api/v2/${ROUTE_SEGMENT[type]}/${id}?body-format=storage&status=current&status=draft`;
  const res = await productCall(host, 'confluence', chrome.accountId, 'GET', path);
  if (res.status !== 200) return undefined;
  const content = contentSchema.parse(res.json);
  const rendered = await render(content, findForgeMacros(content.body.storage.value));
  let index = 0;
  return { ...content, html: content.body.storage.value.replace(MACRO_BLOCK, () => rendered[index++] ?? '') };
}

/** Imitates a Confluence page or blog post: the stored body, each Forge macro rendered as the app's frame. */
export async function confluencePage(host: LocalHost, chrome: PageChrome, id: string, type: ContentType = 'page') {
  const content = await renderContent(host, chrome, type, id, (c, macros) =>
    macros.map((m) => macroHtml(host, chrome, c, m)),
  );
  if (!content) return NOT_VISIBLE;
  const base = `/confluence/${ROUTE_SEGMENT[type]}/${escapeHtml(id)}/export?as=${encodeURIComponent(chrome.accountId)}`;
  const actions = `<p class="page-actions"><a href="${base}">Export to PDF (print view)</a> · <a href="${base}&amp;format=word">Export to Word</a></p>`;
  const draft =
    content.status === 'draft' ? '<p class="notice">Draft: not published yet (shown as in the editor).</p>' : '';
  return {
    title: content.title,
    body: `<article class="page-body"><h1>${escapeHtml(content.title)}</h1>${draft}${actions}${content.html}</article>`,
  };
}

/**
 * The content as Confluence's PDF or Word export renders it: no iframes; each macro replaced by
 * the document its `adfExport` function returns for the exporting user, called with the payload
 * of that export type.
 */
export async function confluenceExportPage(
  host: LocalHost,
  chrome: PageChrome,
  id: string,
  type: ContentType = 'page',
  exportType = 'pdf',
) {
  const content = await renderContent(host, chrome, type, id, (c, macros) =>
    Promise.all(
      macros.map(async (m) => {
        const space = host.store.confluence.space(c.spaceId);
        const adf = await host.runner.exportMacro(m.moduleKey, {
          exportType,
          accountId: chrome.accountId,
          content: { id: c.id, type },
          space: { id: c.spaceId, key: space?.key ?? '' },
          localId: m.localId,
          config: decodeConfig(m.config),
        });
        return `<section class="export-macro">${adfToHtml(adf)}</section>`;
      }),
    ),
  );
  if (!content) return NOT_VISIBLE;
  return {
    title: `${content.title} (${exportType} export)`,
    body: `<article class="page-body export"><h1>${escapeHtml(content.title)}</h1>${content.html}</article>`,
  };
}

function macroHtml(host: LocalHost, chrome: PageChrome, content: Content, macro: ForgeMacro): string {
  const config = decodeConfig(macro.config);
  const base = {
    moduleKey: macro.moduleKey,
    accountId: chrome.accountId,
    pageId: content.id,
    colorMode: chrome.colorMode,
    config,
  };
  const view = host.frames.create({ ...base, editing: content.status === 'draft' });
  const edit = host.frames.create({ ...base, configuring: 'edit' });
  const dialogId = `config-${escapeHtml(macro.localId)}`;
  return `<div class="macro" data-testid="macro-${escapeHtml(macro.moduleKey)}">
<div class="macro-bar"><span>${escapeHtml(macro.moduleKey)}</span><button type="button" data-open-dialog="${dialogId}">Edit macro</button></div>
${appFrame(view.token, macro.moduleKey, 240)}
<dialog id="${dialogId}"><form method="dialog" style="text-align:right"><button>Close</button></form>
${appFrame(edit.token, `Configure ${macro.moduleKey}`, 360).replace('<iframe ', `<iframe data-page-id="${escapeHtml(content.id)}" data-local-id="${escapeHtml(macro.localId)}" `)}
</dialog></div>`;
}
