import { route } from '@forge/api';
import { findForgeMacros } from '../../local/product/confluence-macros';
import { PAGES, SPACES, USERS } from '../../local/product/demo-ids';
import { DEMO_CONTENT } from '../../local/product/seed-confluence';
import { APP, createHarness, type Harness } from './api.contract.harness';

let h: Harness;
beforeAll(() => {
  h = createHarness();
});
afterAll(() => h.runtime.uninstall());

const { blogPost, draftPage } = DEMO_CONTENT;

// GET /blogposts/{id} (getBlogPostById, response BlogPostSingle) in confluence-v2.json.
describe('Confluence v2 GET /wiki/api/v2/blogposts/{id}', () => {
  it('returns the seeded blog post in storage format, with the progress-report macro in its body', async () => {
    const res = await h.confluence(USERS.viewer, route`/wiki/api/v2/blogposts/${blogPost}?body-format=storage`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: blogPost, status: 'current', spaceId: SPACES.csi.id, version: { number: 1 } });
    expect(res.body).not.toHaveProperty('parentId');
    expect(res.body._links.webui).toMatch(/^\/spaces\/CSI\/blog\/\d{4}\/\d{2}\/\d{2}\/30002$/);
    expect(findForgeMacros(res.body.body.storage.value).map((m) => m.moduleKey)).toEqual(['csi-progress-report']);
  });

  it('hides the blog post from a user who cannot view the space, as for pages', async () => {
    expect((await h.confluence(USERS.outsider, route`/wiki/api/v2/blogposts/${blogPost}`)).status).toBe(404);
    expect((await h.confluence(APP, route`/wiki/api/v2/blogposts/${blogPost}`)).status).toBe(200);
  });

  it('a page id is not a blog post, and a blog post id is not a page', async () => {
    expect((await h.confluence(USERS.viewer, route`/wiki/api/v2/blogposts/${PAGES.csiReport}`)).status).toBe(404);
    expect((await h.confluence(USERS.viewer, route`/wiki/api/v2/pages/${blogPost}`)).status).toBe(404);
  });
});

// The `status` query parameter of getPageById / getBlogPostById ("Filter the page being retrieved by its status").
describe('drafts and the status filter', () => {
  it('an unpublished draft is not returned without asking for drafts', async () => {
    const res = await h.confluence(USERS.editor, route`/wiki/api/v2/pages/${draftPage}`);
    expect(res.status).toBe(404);
    expect(res.body.errors[0]).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('status=draft (repeated with current, or comma-separated) returns the draft', async () => {
    for (const path of [
      route`/wiki/api/v2/pages/${draftPage}?status=current&status=draft`,
      route`/wiki/api/v2/pages/${draftPage}?status=${'current,draft'}`,
    ]) {
      const res = await h.confluence(USERS.editor, path);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: draftPage, status: 'draft', parentId: PAGES.csiReport });
    }
  });

  it('a status filter without current excludes published content', async () => {
    expect((await h.confluence(USERS.viewer, route`/wiki/api/v2/pages/${PAGES.csiReport}?status=draft`)).status).toBe(
      404,
    );
    expect(
      (await h.confluence(USERS.viewer, route`/wiki/api/v2/pages/${PAGES.csiReport}?status=current&status=draft`))
        .status,
    ).toBe(200);
  });

  it('a status outside the parameter enum is a 400 naming it (blog posts have no archived status)', async () => {
    const res = await h.confluence(USERS.viewer, route`/wiki/api/v2/blogposts/${blogPost}?status=archived`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].detail).toContain("'archived'");
  });
});
