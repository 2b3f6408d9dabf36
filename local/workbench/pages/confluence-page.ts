import { z } from 'zod';
import type { LocalHost } from '../../host';
import { findForgeMacros, forgeMacroStorage } from '../../product/confluence-macros';
import { HttpError, escapeHtml } from '../../server/http-utils';
import { appFrame, type PageChrome } from '../layout';
import { productCall } from './product-call';
import { adfToHtml } from '../adf-html';

const pageSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.object({ storage: z.object({ value: z.string() }) }),
});
const MACRO_BLOCK = /<ac:adf-extension>[\s\S]*?<\/ac:adf-extension>/g;

/**
 * Guest parameters are strings in storage format; the app's macro config holds arrays and numbers,
 * so each value is kept as JSON text.
 */
export function decodeConfig(params: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      try {
        return [k, JSON.parse(v) as unknown];
      } catch {
        return [k, v];
      }
    }),
  );
}

const encodeConfig = (config: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(config).map(([k, v]) => [k, JSON.stringify(v)]));

type ForgeMacro = ReturnType<typeof findForgeMacros>[number];

const NOT_VISIBLE = {
  title: 'Page not found',
  body: `<p class="notice error">You can't view this page: it does not exist or its space is restricted.</p>`,
};

/**
 * Reads the page as the acting user (Confluence hides what they cannot view) and replaces each
 * Forge macro in its body with what `render` makes of it, in page order.
 */
async function renderPage(
  host: LocalHost,
  chrome: PageChrome,
  pageId: string,
  render: (macros: ForgeMacro[]) => Promise<string[]> | string[],
): Promise<{ title: string; body: string } | undefined> {
  const res = await productCall(
    host,
    'confluence',
    chrome.accountId,
    'GET',
    `/wiki/api/v2/pages/${pageId}?body-format=storage`,
  );
  if (res.status !== 200) return undefined;
  const page = pageSchema.parse(res.json);
  const rendered = await render(findForgeMacros(page.body.storage.value));
  let index = 0;
  return { title: page.title, body: page.body.storage.value.replace(MACRO_BLOCK, () => rendered[index++] ?? '') };
}

/** Imitates a Confluence page: the stored body, with each Forge macro rendered as the app's frame. */
export async function confluencePage(host: LocalHost, chrome: PageChrome, pageId: string) {
  const page = await renderPage(host, chrome, pageId, (macros) =>
    macros.map((m) => macroHtml(host, chrome, pageId, m)),
  );
  if (!page) return NOT_VISIBLE;
  const exportLink = `<p class="page-actions"><a href="/confluence/pages/${escapeHtml(pageId)}/export?as=${encodeURIComponent(chrome.accountId)}">Export to PDF (print view)</a></p>`;
  return {
    title: page.title,
    body: `<article class="page-body"><h1>${escapeHtml(page.title)}</h1>${exportLink}${page.body}</article>`,
  };
}

/**
 * The page as Confluence's PDF export renders it: no iframes; each macro replaced by the document
 * its `adfExport` function returns for the exporting user.
 */
export async function confluenceExportPage(host: LocalHost, chrome: PageChrome, pageId: string) {
  const page = await renderPage(host, chrome, pageId, (macros) =>
    Promise.all(
      macros.map(async (m) => {
        const payload = {
          config: decodeConfig(m.config),
          exportType: 'pdf',
          context: { accountId: chrome.accountId, contentId: pageId, localId: m.localId },
        };
        const adf = await host.runner.exportMacro(m.moduleKey, payload, chrome.accountId);
        return `<section class="export-macro">${adfToHtml(adf)}</section>`;
      }),
    ),
  );
  if (!page) return NOT_VISIBLE;
  return {
    title: `${page.title} (export)`,
    body: `<article class="page-body export"><h1>${escapeHtml(page.title)}</h1>${page.body}</article>`,
  };
}

function macroHtml(host: LocalHost, chrome: PageChrome, pageId: string, macro: ForgeMacro): string {
  const config = decodeConfig(macro.config);
  const base = { moduleKey: macro.moduleKey, accountId: chrome.accountId, pageId, colorMode: chrome.colorMode };
  const view = host.frames.create({ ...base, config });
  const edit = host.frames.create({ ...base, config, entryPoint: 'config' });
  const dialogId = `config-${escapeHtml(macro.localId)}`;
  return `<div class="macro" data-testid="macro-${escapeHtml(macro.moduleKey)}">
<div class="macro-bar"><span>${escapeHtml(macro.moduleKey)}</span><button type="button" data-open-dialog="${dialogId}">Edit macro</button></div>
${appFrame(view.token, macro.moduleKey, 240)}
<dialog id="${dialogId}"><form method="dialog" style="text-align:right"><button>Close</button></form>
${appFrame(edit.token, `Configure ${macro.moduleKey}`, 360).replace('<iframe ', `<iframe data-page-id="${escapeHtml(pageId)}" data-local-id="${escapeHtml(macro.localId)}" `)}
</dialog></div>`;
}

/** Saves a macro's configuration into the page body, as Confluence does on `view.submit`. */
export function saveMacroConfig(
  host: LocalHost,
  pageId: string,
  localId: string,
  config: Record<string, unknown>,
): void {
  const page = host.store.confluence.page(pageId);
  if (!page) throw new HttpError(404, `No page ${pageId}`);
  const macros = findForgeMacros(page.body);
  const position = macros.findIndex((m) => m.localId === localId);
  const macro = macros[position];
  if (!macro) throw new HttpError(404, `No macro ${localId} on page ${pageId}`);
  let index = -1;
  const body = page.body.replace(MACRO_BLOCK, (block) => {
    index += 1;
    return index === position ? forgeMacroStorage(macro.moduleKey, localId, encodeConfig(config)) : block;
  });
  host.store.confluence.upsertPage({ ...page, body, version: page.version + 1 });
}
