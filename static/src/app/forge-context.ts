/**
 * The parts of the Forge view context the UI reads. The platform decides these values; the UI only
 * uses them to pick a surface and to show the macro configuration. Identity never leaves the
 * platform: resolvers read it from their own context, not from anything the UI sends.
 */
export interface AppContext {
  moduleKey: string;
  locale?: string;
  timezone?: string;
  theme?: { colorMode?: string } | null;
  extension: {
    /** `macro` for a Confluence macro; a `jira:` module type in Jira. */
    type?: string;
    /** In the Confluence editor: whether the config resource is rendered, and whether the macro is new. */
    macro?: { isConfiguring?: boolean; isInserting?: boolean };
    /** The Confluence content the macro is on. */
    content?: { id?: string; type?: string };
    /** The macro configuration saved in the page (untrusted: the resolver parses it). */
    config?: unknown;
    issue?: { key: string };
    project?: { key: string };
  };
}

/** Narrows whatever `view.getContext()` answered to the shape above, without trusting it. */
export function toAppContext(raw: unknown): AppContext | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.moduleKey !== 'string') return null;
  const extension =
    typeof r.extension === 'object' && r.extension !== null ? (r.extension as AppContext['extension']) : {};
  return {
    moduleKey: r.moduleKey,
    locale: typeof r.locale === 'string' ? r.locale : undefined,
    timezone: typeof r.timezone === 'string' ? r.timezone : undefined,
    theme: typeof r.theme === 'object' && r.theme !== null ? { colorMode: stringField(r.theme, 'colorMode') } : null,
    extension,
  };
}

function stringField(value: object, key: string): string | undefined {
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}
