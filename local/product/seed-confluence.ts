import { forgeMacroStorage } from './confluence-macros';
import { DEMO_MACROS, PAGES, PROJECTS, SPACES, USERS } from './demo-ids';
import type { ProductStore } from './product-store';

const DAY_MS = 86_400_000;

/**
 * Content besides the "CSI report" page: a published blog post and an unpublished draft page, each
 * with a macro, so that macros on blog posts and drafts are exercised (Confluence REST v2
 * `GET /blogposts/{id}` and `status=draft`, confluence-v2.json).
 */
export const DEMO_CONTENT = { blogPost: '30002', draftPage: '30003' } as const;

/** The "CSI report" page: an introduction and the decision-log, progress-report, lessons-learned and maturity macro placeholders. */
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
    '<h2>Lessons learned</h2>',
    forgeMacroStorage(DEMO_MACROS.lessons, 'a1b2c3d4-0005-4000-8000-000000000005', {}),
    '<h2>Maturity</h2>',
    forgeMacroStorage(DEMO_MACROS.maturity, 'a1b2c3d4-0006-4000-8000-000000000006', {
      period: JSON.stringify('latest'),
      compare: JSON.stringify('previous'),
    }),
  ].join('\n');
}

/** A monthly blog post that carries the progress-report macro. */
function monthlyUpdateBody(): string {
  return [
    '<p>What moved in the CSI programme this month: the progress report below is live from Jira.</p>',
    forgeMacroStorage(DEMO_MACROS.progressReport, 'b1b2c3d4-0003-4000-8000-000000000003', {
      project: JSON.stringify(PROJECTS.csi.key),
      periodDays: JSON.stringify(30),
    }),
  ].join('\n');
}

/** An unpublished page being written, with a decision-log macro already inserted. */
function draftReviewBody(): string {
  return [
    '<p>Draft: the decisions to discuss at the next quarterly review.</p>',
    forgeMacroStorage(DEMO_MACROS.decisionLog, 'd1b2c3d4-0004-4000-8000-000000000004', {
      projects: JSON.stringify([PROJECTS.csi.key]),
      types: JSON.stringify([]),
      pageSize: JSON.stringify(10),
    }),
  ].join('\n');
}

/**
 * Seeds space CSI (viewable by everyone but the outsider) with its home page "CSI report", a
 * published blog post and a draft page.
 */
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
  store.confluence.upsertPage({
    id: DEMO_CONTENT.blogPost,
    type: 'blogpost',
    status: 'current',
    spaceId: SPACES.csi.id,
    title: 'CSI update: November',
    body: monthlyUpdateBody(),
    parentId: null,
    authorId: USERS.csiAdmin,
    createdAt: new Date(base - 2 * DAY_MS).toISOString(),
    version: 1,
  });
  store.confluence.upsertPage({
    id: DEMO_CONTENT.draftPage,
    type: 'page',
    status: 'draft',
    spaceId: SPACES.csi.id,
    title: 'Quarterly CSI review',
    body: draftReviewBody(),
    parentId: PAGES.csiReport,
    authorId: USERS.editor,
    createdAt: new Date(base - DAY_MS).toISOString(),
    version: 1,
  });
}
