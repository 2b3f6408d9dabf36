import { DEMO_CONTENT } from '../../local/product/seed-confluence';
import { appFrame, startHarness, type Harness } from './browser-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

// Router targets per product: mirror/apis-reference/ui-api-bridge/router/index.md ("Target locations and properties").
describe('issue links in the Confluence macros', () => {
  it('an issue key in the decision-log macro opens the issue in Jira (the site URL, not the Jira-only target)', async () => {
    const page = await h.open('/confluence/pages/30001?as=u-viewer');
    const log = await appFrame(page, 0);
    const link = log.getByRole('link', { name: /^CSI-\d+$/ }).first();
    await link.waitFor();
    const key = await link.innerText();
    await Promise.all([page.waitForURL(new RegExp(`/jira/browse/${key}\\?as=u-viewer`)), link.click()]);
  });

  it('the bridge refuses a Jira-only navigation target in a Confluence frame, and a Confluence one in Jira', async () => {
    const callNavigate = (location: Record<string, unknown>) =>
      `window.__bridge.callBridge('navigate', ${JSON.stringify({ ...location, type: 'same-tab' })}).then(() => 'navigated', (e) => e.message)`;
    const confluence = await appFrame(await h.open('/confluence/pages/30001?as=u-viewer'), 0);
    await expect(confluence.evaluate(callNavigate({ target: 'issue', issueKey: 'CSI-1' }))).resolves.toMatch(
      /"issue" is not available in confluence/,
    );
    const jira = await appFrame(await h.open('/jira/projects/CSI?as=u-viewer'));
    await expect(jira.evaluate(callNavigate({ target: 'contentView', contentId: '30001' }))).resolves.toMatch(
      /"contentView" is not available in jira/,
    );
  });
});

// Confluence REST v2 GET /blogposts/{id} and status=draft (confluence-v2.json); content.type in the macro context.
describe('macros on a blog post and on a draft', () => {
  it('the progress report on the seeded blog post shows the initiatives; its Word export renders them', async () => {
    const page = await h.open(`/confluence/blogposts/${DEMO_CONTENT.blogPost}?as=u-viewer`);
    const report = await appFrame(page, 0);
    await report.getByText('Cut P1 incident resolution time with a swarming model').first().waitFor();
    await h.shot(page, 'confluence-blog-post-viewer');
    const word = await h.open(`/confluence/blogposts/${DEMO_CONTENT.blogPost}/export?as=u-viewer&format=word`);
    await expect(word.getByRole('cell', { name: /CSI-1 · Cut P1 incident resolution time/ }).count()).resolves.toBe(1);
  });

  it('the decision log in the unpublished draft shows its entries to the editor', async () => {
    const page = await h.open(`/confluence/pages/${DEMO_CONTENT.draftPage}?as=u-editor`);
    await page.getByText(/Draft: not published yet/).waitFor();
    const log = await appFrame(page, 0);
    await log.getByText(/Verified through #\d+/).waitFor();
  });
});
