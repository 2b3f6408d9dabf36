import type { ContentType } from './store/confluence-store';

/**
 * What Confluence knows when it exports one macro: who exports, in which format, the content and
 * space the macro is on, the macro instance and its saved configuration.
 */
export interface MacroExport {
  /** Documented: `pdf`, `word` or `other`; Confluence also sends `email`, `feed`, `diff`, `html_export`. */
  exportType: string;
  /** The exporting user; absent for an anonymous export. */
  accountId?: string;
  content: { id: string; type: ContentType };
  space: { id: string; key: string };
  localId: string;
  config: Record<string, unknown>;
}

const CLOUD_ID = 'local-cloud';

/**
 * The payload of a macro's `adfExport` function, shaped as Confluence sends it. The two shapes
 * differ (platform issue recorded in issue 7, "Why" item 3):
 *
 * - PDF, and the other export types: the macro's context under `context.extension`, as the export
 *   tutorial reads it (`payload.context.extension.content.id`,
 *   mirror/change-the-confluence-frontend-with-the-ui-kit/index.md), and the configuration in
 *   `extensionPayload` (`extensionPayload.config`; the macro body is `extensionPayload.macro.body`,
 *   mirror/using-rich-text-bodied-macros/index.md).
 * - Word: the content at the top of the context (`context.content.id`, also `context.contentId`
 *   and `context.spaceKey`) and the configuration in `context.config`; no `context.extension`.
 *
 * `exportType` itself is documented in mirror/manifest-reference/modules/macro/index.md (`adfExport`).
 */
export function macroExportPayload(moduleKey: string, request: MacroExport): Record<string, unknown> {
  const who = request.accountId ? { accountId: request.accountId } : {};
  const content = { id: request.content.id, type: request.content.type };
  if (request.exportType === 'word') {
    return {
      exportType: 'word',
      context: {
        ...who,
        cloudId: CLOUD_ID,
        moduleKey,
        localId: request.localId,
        contentId: request.content.id,
        content,
        spaceKey: request.space.key,
        config: request.config,
      },
    };
  }
  return {
    exportType: request.exportType,
    context: {
      ...who,
      cloudId: CLOUD_ID,
      moduleKey,
      localId: request.localId,
      extension: { type: 'macro', content, space: { id: request.space.id, key: request.space.key } },
    },
    extensionPayload: { config: request.config },
  };
}
