import type { LocalHost } from '../../local/host';
import type { MacroExport } from '../../local/product/confluence-export-payload';
import { PAGES, SPACES, USERS } from '../../local/product/demo-ids';
import { DEMO_CONTENT } from '../../local/product/seed-confluence';
import { decisionLogExport } from '../../src/index';
import { defaultSettings } from '../../src/adapters/storage/settings.repository';
import { seededHost } from '../support/seeded-host';

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const SPACE = { id: SPACES.csi.id, key: SPACES.csi.key };

/** Exports one macro through the local host, which shapes the payload as Confluence does for `exportType`. */
const exportAs = async (
  moduleKey: string,
  exportType: string,
  accountId: string | undefined,
  config: Record<string, unknown>,
  content: MacroExport['content'] = { id: PAGES.csiReport, type: 'page' },
) => {
  const request: MacroExport = { exportType, accountId, content, space: SPACE, localId: 'l-1', config };
  return JSON.stringify(await host.runner.exportMacro(moduleKey, request));
};

/**
 * The CSI initiatives the viewer may browse (one is behind an issue security level they are not in):
 * issues of a type that takes part (the demo's checkpoint no-go also created a rollback Task).
 */
const initiatives = () =>
  host.store.issues
    .list()
    .filter(
      (i) =>
        i.key.startsWith('CSI-') &&
        defaultSettings().config.enabledIssueTypes.includes(i.issueType.name) &&
        host.store.security.canSee(i.id, USERS.viewer),
    ).length;
const rowsOf = (exported: string) =>
  (JSON.parse(exported) as { content: Array<{ type: string; content?: unknown[] }> }).content.find(
    (n) => n.type === 'table',
  )?.content?.length;

// Payload shapes: the platform issue (issue 7, "Why" 3); exportType: mirror/manifest-reference/modules/macro/index.md.
describe("the macros' adfExport functions read the payload Confluence sends for each export type", () => {
  it.each(['pdf', 'word'])(
    'a %s export finds the page id and the configuration where that export puts them',
    async (exportType) => {
      const exported = await exportAs('csi-progress-report', exportType, USERS.viewer, {
        project: 'CSI',
        periodDays: 120,
      });
      expect(exported).not.toContain('Sign in');
      expect(exported).not.toContain('not configured');
      expect(rowsOf(exported)).toBe(initiatives() + 1);
    },
  );

  it.each(['other', 'email', 'feed', 'diff', 'html_export'])('a %s export renders the report too', async (type) => {
    const exported = await exportAs('csi-progress-report', type, USERS.viewer, { project: 'CSI', periodDays: 120 });
    expect(rowsOf(exported)).toBe(initiatives() + 1);
  });

  it('a progress report export counts open actions where a PIR tracks them, and says so where none does', async () => {
    const exported = await exportAs('csi-progress-report', 'pdf', USERS.viewer, { project: 'CSI', periodDays: 120 });
    expect(exported).toContain('Latest update');
    expect(exported).toContain('Open actions');
    expect(exported).toContain('No PIR yet');
  });

  it.each(['pdf', 'word'])('a %s export of a macro on a blog post asks Confluence for the blog post', async (type) => {
    const exported = await exportAs(
      'csi-progress-report',
      type,
      USERS.viewer,
      { project: 'CSI', periodDays: 120 },
      { id: DEMO_CONTENT.blogPost, type: 'blogpost' },
    );
    expect(rowsOf(exported)).toBe(initiatives() + 1);
  });

  it.each([
    ['an anonymous export', 'csi-progress-report', undefined, { project: 'CSI' }, 'Sign in to Confluence'],
    [
      'a user who cannot view the page',
      'csi-progress-report',
      USERS.outsider,
      { project: 'CSI' },
      'You do not have permission to view this page.',
    ],
    [
      'a user who cannot browse the project',
      'csi-decision-log',
      USERS.viewer,
      { projects: ['OPS'] },
      'You cannot browse the Jira projects this decision log is about.',
    ],
    [
      'a broken configuration',
      'csi-decision-log',
      USERS.viewer,
      { projects: 'CSI' },
      "This decision log macro's configuration is not valid",
    ],
    ['an empty configuration', 'csi-decision-log', USERS.viewer, {}, 'is not configured yet'],
  ] as const)('%s gets a readable notice instead of data', async (_name, moduleKey, accountId, config, message) => {
    for (const exportType of ['pdf', 'word']) {
      const exported = await exportAs(moduleKey, exportType, accountId, config);
      expect(exported).toContain(message);
      expect(exported).not.toContain('CSI-1 ·');
    }
  });
});

describe('a malformed adfExport payload', () => {
  it.each([
    ['not an object', 'hello', 'malformed adfExport payload ((root)'],
    ['no exportType', { context: { contentId: '30001' } }, 'malformed adfExport payload (exportType'],
    ['no context', { exportType: 'pdf' }, 'malformed adfExport payload (context'],
    [
      'no content id',
      { exportType: 'pdf', context: { accountId: USERS.viewer } },
      'pdf export payload names no content id',
    ],
  ])('%s gets a specific log line and a notice document', async (_name, payload, line) => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const exported = JSON.stringify(await decisionLogExport(payload));
      expect(exported).toContain('This CSI macro could not be exported');
      expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain(line);
    } finally {
      warn.mockRestore();
    }
  });
});
