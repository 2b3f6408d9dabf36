import { APP_ID, ENVIRONMENT_ID } from '../runtime/forge-runtime';

/** A Forge macro placeholder found in a page body. */
export interface ForgeMacroRef {
  moduleKey: string;
  localId: string;
  /** The macro config (`context.extension.config`), from the ADF `guest-params`. */
  config: Record<string, string>;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A Forge macro in Confluence storage format, as Confluence stores an ADF extension node:
 * `<ac:adf-extension><ac:adf-node type="extension">` with `extension-key`
 * `<appId>/<environmentId>/static/<moduleKey>` and the config in the `guest-params` parameter.
 */
export function forgeMacroStorage(moduleKey: string, localId: string, config: Record<string, string> = {}): string {
  const params = Object.entries(config)
    .map(([k, v]) => `<ac:adf-parameter key="${escapeXml(k)}">${escapeXml(v)}</ac:adf-parameter>`)
    .join('');
  return [
    '<ac:adf-extension><ac:adf-node type="extension">',
    '<ac:adf-attribute key="extension-type">com.atlassian.ecosystem</ac:adf-attribute>',
    `<ac:adf-attribute key="extension-key">${APP_ID}/${ENVIRONMENT_ID}/static/${moduleKey}</ac:adf-attribute>`,
    '<ac:adf-attribute key="parameters">',
    `<ac:adf-parameter key="local-id">${localId}</ac:adf-parameter>`,
    `<ac:adf-parameter key="extension-id">ari:cloud:ecosystem::extension/${APP_ID}/${ENVIRONMENT_ID}/static/${moduleKey}</ac:adf-parameter>`,
    `<ac:adf-parameter key="guest-params">${params}</ac:adf-parameter>`,
    '</ac:adf-attribute>',
    `<ac:adf-attribute key="local-id">${localId}</ac:adf-attribute>`,
    '</ac:adf-node></ac:adf-extension>',
  ].join('');
}

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** Finds the Forge macro placeholders written by `forgeMacroStorage` in a storage-format body. */
export function findForgeMacros(storage: string): ForgeMacroRef[] {
  const blocks = storage.match(/<ac:adf-extension>[\s\S]*?<\/ac:adf-extension>/g) ?? [];
  return blocks.flatMap((block) => {
    const key = /key="extension-key">[^<]*\/static\/([^<]+)</.exec(block)?.[1];
    const localId = /<ac:adf-attribute key="local-id">([^<]*)</.exec(block)?.[1];
    if (!key || localId === undefined) return [];
    const guest = /key="guest-params">([\s\S]*?)<\/ac:adf-parameter><\/ac:adf-attribute>/.exec(block)?.[1] ?? '';
    const config = Object.fromEntries(
      [...guest.matchAll(/<ac:adf-parameter key="([^"]+)">([^<]*)<\/ac:adf-parameter>/g)].map((m) => [
        unescapeXml(m[1]!),
        unescapeXml(m[2]!),
      ]),
    );
    return [{ moduleKey: unescapeXml(key), localId, config }];
  });
}
