import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { seededHost } from '../support/seeded-host';

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const exportAs = async (moduleKey: string, accountId: string | undefined, config: unknown) => {
  const payload = { config, exportType: 'pdf', context: { ...(accountId ? { accountId } : {}), contentId: '30001' } };
  return JSON.stringify(await host.runner.exportMacro(moduleKey, payload, accountId));
};

describe("the macros' adfExport functions", () => {
  it('export the progress report as an ADF document with a row per initiative', async () => {
    const exported = JSON.parse(
      await exportAs('csi-progress-report', USERS.viewer, { project: 'CSI', periodDays: 120 }),
    ) as { type: string; content: Array<{ type: string; content?: unknown[] }> };
    expect(exported.type).toBe('doc');
    const tableNode = exported.content.find((n) => n.type === 'table');
    // One CSI initiative is behind an issue security level the viewer is not a member of.
    const initiatives = host.store.issues
      .list()
      .filter((i) => i.key.startsWith('CSI-') && host.store.security.canSee(i.id, USERS.viewer)).length;
    expect(tableNode?.content).toHaveLength(initiatives + 1);
  });

  it.each([
    [
      'an anonymous export',
      'csi-progress-report',
      undefined,
      { project: 'CSI' },
      'Sign in to Confluence to export this CSI report.',
    ],
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
  ])('%s gets a readable notice instead of data', async (_name, moduleKey, accountId, config, message) => {
    const exported = await exportAs(moduleKey, accountId, config);
    expect(exported).toContain(message);
    expect(exported).not.toContain('CSI-1 ·');
  });
});
