import { forgeMacroStorage } from './confluence-macros';
import { DEMO_MACROS, PAGES, PROJECTS, SPACES, USERS } from './demo-ids';
import type { ProductStore } from './product-store';

const DAY_MS = 86_400_000;

/** The "CSI report" page: an introduction and the decision-log and progress-report macro placeholders. */
export function csiReportBody(): string {
  return [
    '<h1>Continual service improvement report</h1>',
    '<p>This page shows the live state of the CSI programme. The decision log lists every recorded decision; ' +
      'the progress report follows each initiative.</p>',
    '<h2>Decision log</h2>',
    // Guest parameters are strings; each value is JSON (the macro config holds arrays and numbers).
    forgeMacroStorage(DEMO_MACROS.decisionLog, 'a1b2c3d4-0001-4000-8000-000000000001', {
      projects: JSON.stringify([PROJECTS.csi.key]),
      types: JSON.stringify([]),
      pageSize: JSON.stringify(20),
    }),
    '<h2>Progress report</h2>',
    forgeMacroStorage(DEMO_MACROS.progressReport, 'a1b2c3d4-0002-4000-8000-000000000002', {
      project: JSON.stringify(PROJECTS.csi.key),
      periodDays: JSON.stringify(120),
    }),
  ].join('\n');
}

/** Seeds space CSI (viewable by everyone but the outsider) with its home page "CSI report". */
export function seedConfluence(store: ProductStore, base: number): void {
  store.confluence.upsertSpace({ ...SPACES.csi, homepageId: PAGES.csiReport });
  store.confluence.allowView(SPACES.csi.id, [USERS.siteAdmin, USERS.csiAdmin, USERS.editor, USERS.viewer]);
  store.confluence.upsertPage({
    id: PAGES.csiReport,
    spaceId: SPACES.csi.id,
    title: 'CSI report',
    body: csiReportBody(),
    parentId: null,
    authorId: USERS.csiAdmin,
    createdAt: new Date(base - 30 * DAY_MS).toISOString(),
    version: 1,
  });
}
