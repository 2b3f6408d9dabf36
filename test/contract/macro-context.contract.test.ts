import type { LocalHost } from '../../local/host';
import { PAGES, SPACES, USERS } from '../../local/product/demo-ids';
import { DEMO_CONTENT } from '../../local/product/seed-confluence';
import { frameRequestSchema } from '../../local/app/frames';
import type { ProgressReport } from '../../src/contracts/macro.contract';
import type { DecisionLogPage } from '../../src/contracts/decision-log.contract';
import { DECISION_LOG_CONFIG, PROGRESS_CONFIG } from '../support/resolver-fixtures';
import { invokeAs, seededHost } from '../support/seeded-host';

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const macroFrame = (extra: Record<string, unknown> = {}) =>
  host.frames.create({
    moduleKey: 'csi-decision-log',
    accountId: USERS.viewer,
    pageId: PAGES.csiReport,
    config: DECISION_LOG_CONFIG,
    ...extra,
  });

// mirror/manifest-reference/modules/macro/index.md, "Extension context" and "Extension context in the macro editor".
describe('the macro extension context (manifest reference, macro: Extension context)', () => {
  it('a macro viewed on a page carries type, content id and type, space id and key, isEditing and config', () => {
    const { extension } = macroFrame().context;
    expect(extension).toEqual({
      type: 'macro',
      content: { id: PAGES.csiReport, type: 'page', subtype: null },
      space: { id: SPACES.csi.id, key: SPACES.csi.key },
      isEditing: false,
      references: [],
      config: DECISION_LOG_CONFIG,
    });
  });

  it.each([
    ['edit', { isConfiguring: true, isInserting: false }],
    ['insert', { isConfiguring: true, isInserting: true }],
  ] as const)('the config resource (%s) has macro.isConfiguring and macro.isInserting, no entryPoint', (how, flags) => {
    const { extension } = macroFrame({ configuring: how }).context;
    expect(extension.macro).toEqual(flags);
    expect(extension.isEditing).toBe(true);
    expect(extension).not.toHaveProperty('entryPoint');
  });

  it("the macro's default resource in the editor says it is not the config resource", () => {
    expect(macroFrame({ editing: true }).context.extension.macro).toEqual({ isConfiguring: false, isInserting: false });
  });

  it('a macro on a blog post has content.type blogpost', () => {
    const frame = macroFrame({ pageId: DEMO_CONTENT.blogPost });
    expect(frame.context.extension.content).toEqual({ id: DEMO_CONTENT.blogPost, type: 'blogpost', subtype: null });
  });

  it('the frame request names the config view by the documented flags, not an entry point', () => {
    const bad = frameRequestSchema.safeParse({ moduleKey: 'csi-decision-log', accountId: 'u', entryPoint: 'config' });
    expect(bad.success).toBe(false);
  });
});

// Confluence REST v2 GET /blogposts/{id} and the status filter (confluence-v2.json).
describe('macros on blog posts and drafts', () => {
  it('the progress report on a blog post shows its report to a reader of the space', async () => {
    const { envelope } = await invokeAs<ProgressReport>(
      host,
      {
        moduleKey: 'csi-progress-report',
        accountId: USERS.viewer,
        pageId: DEMO_CONTENT.blogPost,
        config: PROGRESS_CONFIG,
      },
      'macro.progressReport',
      {},
    );
    expect(envelope.ok && envelope.data.project).toBe('CSI');
  });

  it('the decision log in an unpublished draft shows its entries to a reader of the space', async () => {
    const { envelope } = await invokeAs<DecisionLogPage>(
      host,
      {
        moduleKey: 'csi-decision-log',
        accountId: USERS.editor,
        pageId: DEMO_CONTENT.draftPage,
        editing: true,
        config: DECISION_LOG_CONFIG,
      },
      'macro.decisionLog',
      {},
    );
    expect(envelope.ok && envelope.data.entries.length).toBeGreaterThan(0);
  });

  it.each([DEMO_CONTENT.blogPost, DEMO_CONTENT.draftPage])('the outsider is still refused on %s', async (pageId) => {
    const { envelope } = await invokeAs(
      host,
      { moduleKey: 'csi-decision-log', accountId: USERS.outsider, pageId, config: DECISION_LOG_CONFIG },
      'macro.decisionLog',
      {},
    );
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
