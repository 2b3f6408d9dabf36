import type { LocalHost } from '../../host';
import { findForgeMacros, forgeMacroStorage } from '../../product/confluence-macros';
import { HttpError } from '../../server/http-utils';

/** One Forge macro placeholder in a storage-format body. */
export const MACRO_BLOCK = /<ac:adf-extension>[\s\S]*?<\/ac:adf-extension>/g;

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

/** Saves a macro's configuration into the page or blog post body, as Confluence does on `view.submit`. */
export function saveMacroConfig(
  host: LocalHost,
  contentId: string,
  localId: string,
  config: Record<string, unknown>,
): void {
  const content = host.store.confluence.content(contentId);
  if (!content) throw new HttpError(404, `No page or blog post ${contentId}`);
  const macros = findForgeMacros(content.body);
  const position = macros.findIndex((m) => m.localId === localId);
  const macro = macros[position];
  if (!macro) throw new HttpError(404, `No macro ${localId} on ${content.type} ${contentId}`);
  let index = -1;
  const body = content.body.replace(MACRO_BLOCK, (block) => {
    index += 1;
    return index === position ? forgeMacroStorage(macro.moduleKey, localId, encodeConfig(config)) : block;
  });
  host.store.confluence.upsertPage({ ...content, body, version: content.version + 1 });
}
