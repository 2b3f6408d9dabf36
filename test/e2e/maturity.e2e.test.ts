import type { Frame, Locator, Page } from 'playwright-core';
import { globalPagePath } from '../../local/app/global-page-path';
import { PAGES, PROJECTS, USERS } from '../../local/product/demo-ids';
import { appFrame, axeViolations, macroFrame, startHarness, type Harness } from './browser-harness';

/**
 * Issue 12 (maturity assessments) in the browser, on the demo's assessments (local/seed/demo-maturity.ts):
 * four submitted quarters 2025-Q4 to 2026-Q3, sustainment stuck at level 1, two of its 2026-Q3 gaps
 * already Jira issues, and 2026-Q4 under way with only governance rated (by the editor).
 * A reader sees the "CSI maturity" macro on the CSI report page; the CSI admin finishes and submits
 * 2026-Q4 on the programme page; and turns a 2026-Q3 gap into a Jira issue in the CSI project.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

/** The programme page's maturity section, as the given user, showing `period`. */
async function programmeSection(
  as: string,
  period?: string,
  label = period,
): Promise<{ page: Page; frame: Frame; section: Locator }> {
  const page = await h.open(`${globalPagePath()}?as=${as}`);
  const frame = await appFrame(page);
  await frame.getByRole('button', { name: 'Show the maturity assessment' }).click();
  const section = frame.getByRole('region', { name: 'Maturity assessment' });
  await section.getByLabel('Quarter', { exact: true }).waitFor({ timeout: 20_000 });
  if (period) {
    await section.getByLabel('Quarter', { exact: true }).selectOption({ label });
    await section.getByText(new RegExp(`^${period} · `)).waitFor();
  }
  return { page, frame, section };
}

/** One criterion's form in the assessment, found by its text (the fieldset's legend). */
const criterionForm = (frame: Frame, scope: Locator, text: string) =>
  scope.locator('form').filter({ has: frame.getByRole('group', { name: new RegExp(`^${reEscape(text)}`) }) });
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A resolver call through the frame's bridge, as the app's own `invoke` makes it. */
async function invokeInFrame<T>(frame: Frame, functionKey: string, payload: unknown): Promise<T> {
  return frame.evaluate(
    ([key, body]) =>
      (
        globalThis as unknown as { __bridge: { callBridge(n: string, p: unknown): Promise<unknown> } }
      ).__bridge.callBridge('invoke', { functionKey: key, payload: body }),
    [functionKey, payload] as const,
  ) as Promise<T>;
}

/** The rows of an accessible table (a chart's screen-reader table): each row's cells as text. */
const tableRows = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));

describe('the CSI maturity macro', () => {
  it('shows a reader the latest quarter beside the one before, the trend, stagnation and the gap issues', async () => {
    const page = await h.open(`/confluence/pages/${PAGES.csiReport}?as=${USERS.viewer}`);
    const macro = await macroFrame(page, 'CSI maturity');
    await macro.getByText(/^2026-Q3 · Submitted · submitted by /).waitFor({ timeout: 20_000 });

    // The level bars: an SVG image named by its caption, and its table with 2026-Q3 beside 2026-Q2.
    await macro.getByRole('img', { name: /Capability level of each dimension, 0 to 5, in 2026-Q3/ }).waitFor();
    const levels = macro.getByRole('table', { name: 'Capability level of each dimension, 0 to 5, in 2026-Q3' });
    expect(await levels.locator('thead th').allTextContents()).toEqual(['Dimension', '2026-Q3', '2026-Q2']);
    expect(await tableRows(levels)).toEqual([
      ['Governance', '3', '2'],
      ['Measurement', '3', '2'],
      ['Prioritisation', '3', '3'],
      ['Cross-team collaboration', '3', '2'],
      ['Feedback loops', '3', '2'],
      ['Adoption', '2', '2'],
      ['Sustainment', '1', '1'],
    ]);

    // The trend: four quarters, sustainment stagnating in the last two.
    await macro.getByRole('img', { name: /Organisation level from 2025-Q4 to 2026-Q3/ }).waitFor();
    const trend = macro.getByRole('table', { name: 'Organisation level from 2025-Q4 to 2026-Q3' });
    const points = await tableRows(trend);
    expect(points.map((r) => r[0])).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(points.map((r) => r[3])).toEqual(['none', 'none', 'Sustainment', 'Sustainment']);

    // Each dimension's result: only sustainment is flagged.
    const flags = macro.getByText('Stagnating: no rise for two consecutive quarters');
    expect(await flags.count()).toBe(1);
    const sustainment = macro
      .getByRole('listitem')
      .filter({ has: macro.getByRole('heading', { name: 'Sustainment' }) });
    await sustainment.getByText('Stagnating: no rise for two consecutive quarters').waitFor();
    await sustainment.getByText('Level 1 (compared period: 1)').waitFor();

    // Its two level-2 gaps already became Jira issues in the CSI project; the reader cannot select gaps.
    const gaps = macro.getByRole('list', { name: 'Gaps in Sustainment' });
    for (const text of [
      'Finished initiatives are archived with their outcome and residual risks.',
      'A handover lists the KPIs, initiatives, pending decisions and PIR actions of an outgoing role holder.',
    ]) {
      const gap = gaps.getByRole('listitem').filter({ hasText: text });
      // Its evidence links are issue keys too: the issue is the one after "Jira issue".
      const link = gap.locator('span', { hasText: /^Jira issue CSI-\d+$/ }).getByRole('link', { name: /^CSI-\d+$/ });
      await link.waitFor();
      const issue = h.host.store.issues.find(await link.innerText());
      expect(issue?.projectId).toBe(PROJECTS.csi.id);
      expect(issue?.summary).toBe(`Maturity gap, Sustainment level 2: ${text}`);
    }
    expect(await macro.getByRole('checkbox').count()).toBe(0);
    expect(await macro.getByRole('button', { name: 'Create Jira issues' }).count()).toBe(0);

    const serious = (await axeViolations(macro)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await h.shot(page, 'maturity-macro-reader');
  });
});

describe('the assessment of the current quarter', () => {
  it('the CSI admin rates what is left, with a reason where a rating differs from the proposal, and submits', async () => {
    const { page, frame, section } = await programmeSection(USERS.csiAdmin, '2026-Q4', '2026-Q4 (this quarter)');
    await section.getByText('2026-Q4 · Assessment in progress').waitFor();
    await section.getByRole('heading', { name: 'Continue the assessment of 2026-Q4' }).waitFor();
    const progress = section.getByText(/ criteria rated \(\d+ by you\)\./);
    await progress.waitFor();
    const [, rated0, total0] = /^(\d+) of (\d+) criteria rated \(0 by you\)/.exec(await progress.innerText()) ?? [];
    // Governance (3 to 5 criteria on each of 5 levels) was rated by the editor; the others are open.
    expect(Number(rated0)).toBeGreaterThanOrEqual(15);
    expect(Number(total0)).toBeGreaterThanOrEqual(7 * 5 * 3);
    await expect(section.getByRole('button', { name: 'Submit the assessment' }).isDisabled()).resolves.toBe(true);

    // Three measurement criteria through the form; the open dimension is governance, so open measurement.
    await section.locator('summary').filter({ hasText: 'Measurement' }).click();
    const some = criterionForm(
      frame,
      section,
      'Each critical service has at least one KPI, even if it is counted by hand.',
    );
    await some.getByRole('radio', { name: /Fully achieved/ }).check();
    await some.getByLabel('Evidence links, one per line').fill('CSI-7\nhttps://intranet.example.com/csi/kpis');
    await some.getByLabel('Comment').fill('Counted by hand for payroll and the service desk.');
    await some.getByRole('button', { name: 'Save rating' }).click();
    await some.getByText('Rating saved.').waitFor();
    await section.getByText(new RegExp(`^${Number(rated0) + 1} of ${total0} criteria rated \\(1 by you\\)`)).waitFor();

    const source = criterionForm(frame, section, "Where each KPI's numbers come from is written down.");
    await source.getByRole('radio', { name: /Largely achieved/ }).check();
    await source.getByRole('button', { name: 'Save rating' }).click();
    await source.getByText('Rating saved.').waitFor();

    // A criterion the app checks: its proposal shows; a different rating asks for a reason.
    const owner = criterionForm(frame, section, 'Every KPI in the catalogue has a named owner.');
    const proposal = owner.getByText(/^The app proposes [NPLF]$/);
    await proposal.waitFor();
    const proposed = (await proposal.innerText()).slice(-1);
    const other = proposed === 'N' ? 'Partly achieved' : 'Not achieved';
    await owner.getByRole('radio', { name: new RegExp(other) }).check();
    const reason = owner.getByLabel(/Why your rating differs from the app's proposal/);
    await reason.waitFor();
    // Saved without a reason, the rating is refused and the reason field says why.
    await owner.getByRole('button', { name: 'Save rating' }).click();
    await owner.locator('textarea[aria-invalid="true"]').first().waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await owner.getByText('Rating saved.').count()).toBe(0);
    await reason.fill('Two owners left in October; their KPIs have no owner in practice.');
    await owner.getByRole('button', { name: 'Save rating' }).click();
    await owner.getByText('Rating saved.').waitFor();
    await section.getByText(new RegExp(`^${Number(rated0) + 3} of ${total0} criteria rated \\(3 by you\\)`)).waitFor();

    // The rest through the resolver, as the form calls it (about ninety criteria): the proposal where there is one.
    type Envelope<T> = { ok: boolean; data: T; error?: unknown };
    type View = {
      draft: {
        unrated: string[];
        proposals: Record<string, { proposed: string }>;
        mine: Record<string, { rating: string; automatic?: { overrideReason?: string } }>;
      };
    };
    const before = await invokeInFrame<Envelope<View>>(frame, 'maturity.view', { period: '2026-Q4' });
    expect(before.ok).toBe(true);
    expect(before.data.draft.mine['mea-2-owner']?.automatic?.overrideReason).toBe(
      'Two owners left in October; their KPIs have no owner in practice.',
    );
    expect(before.data.draft.mine['mea-1-some-kpis']?.rating).toBe('F');
    const left = before.data.draft.unrated;
    expect(left).toHaveLength(Number(total0) - Number(rated0) - 3);
    for (const [i, criterionId] of left.entries()) {
      const rated = await invokeInFrame<Envelope<unknown>>(frame, 'maturity.rate', {
        period: '2026-Q4',
        criterionId,
        rating: before.data.draft.proposals[criterionId]?.proposed ?? (i % 3 === 0 ? 'P' : 'F'),
        evidence: [],
        comment: '',
        requestId: `e2e-maturity-${i}-${criterionId}`.slice(0, 64),
      });
      expect({ criterionId, ok: rated.ok, error: rated.error }).toEqual({ criterionId, ok: true, error: undefined });
    }

    // The page read again: everything rated, Submit enabled; it asks once more, then the period is frozen.
    await page.reload();
    const again = await programmeSection(USERS.csiAdmin, '2026-Q4', '2026-Q4 (this quarter)');
    await again.section.getByText(new RegExp(`^${total0} of ${total0} criteria rated`)).waitFor();
    await again.section.getByRole('button', { name: 'Submit the assessment' }).click();
    await again.section.getByText(/Submitting freezes the ratings of 2026-Q4/).waitFor();
    await again.section.getByRole('button', { name: 'Submit now' }).click();
    await again.section.getByText(/^2026-Q4 · Submitted · submitted by /).waitFor({ timeout: 20_000 });
    await h.shot(again.page, 'maturity-2026-Q4-submitted');

    // The macro (latest period) now shows 2026-Q4 beside 2026-Q3, and a trend of five quarters.
    const report = await h.open(`/confluence/pages/${PAGES.csiReport}?as=${USERS.viewer}`);
    const macro = await macroFrame(report, 'CSI maturity');
    await macro.getByText(/^2026-Q4 · Submitted · submitted by /).waitFor({ timeout: 20_000 });
    const levels = macro.getByRole('table', { name: 'Capability level of each dimension, 0 to 5, in 2026-Q4' });
    expect(await levels.locator('thead th').allTextContents()).toEqual(['Dimension', '2026-Q4', '2026-Q3']);
    expect((await tableRows(levels)).map((r) => r[2])).toEqual(['3', '3', '3', '3', '3', '2', '1']);
    const trend = macro.getByRole('table', { name: 'Organisation level from 2025-Q4 to 2026-Q4' });
    expect((await tableRows(trend)).map((r) => r[0])).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    await h.shot(report, 'maturity-macro-2026-Q4');
  }, 180_000);
});

describe('gap issues', () => {
  it('the CSI admin turns a 2026-Q3 gap without an issue into a Jira issue in the CSI project', async () => {
    const { page, section } = await programmeSection(USERS.csiAdmin, '2026-Q3');
    const text = 'Before rollout, an impact assessment describes what changes in the daily work of each affected role.';
    const gaps = section.getByRole('list', { name: 'Gaps in Adoption' });
    const gap = gaps.getByRole('listitem').filter({ hasText: text });
    await gap.getByText('Level 3 criterion · rated Not achieved (0–15 %)').waitFor();
    expect(await gap.getByText(/^Jira issue/).count()).toBe(0);
    // The gaps that already have an issue offer no box to tick.
    const archived = section
      .getByRole('list', { name: 'Gaps in Sustainment' })
      .getByRole('listitem')
      .filter({ hasText: 'Finished initiatives are archived' });
    expect(await archived.getByRole('checkbox').count()).toBe(0);

    const create = section.getByRole('button', { name: 'Create Jira issues' });
    expect(await create.isDisabled()).toBe(true);
    await gap.getByRole('checkbox', { name: text }).check();
    await section.getByText('1 gap selected').waitFor();
    const issuesBefore = h.host.store.issues.list(PROJECTS.csi.id).length;
    await create.click();
    const created = section.getByRole('status').filter({ hasText: /^Created CSI-\d+\.$/ });
    await created.waitFor({ timeout: 20_000 });
    const key = await created.getByRole('link').innerText();
    expect(key).toMatch(/^CSI-\d+$/);
    // The gap now names its issue, and Jira has it, in the CSI project, with the gap property.
    await gap.locator('span', { hasText: `Jira issue ${key}` }).waitFor();
    const issue = h.host.store.issues.find(key);
    expect(issue).toMatchObject({
      projectId: PROJECTS.csi.id,
      summary: `Maturity gap, Adoption level 3: ${text}`,
    });
    expect(h.host.store.issues.list(PROJECTS.csi.id).length).toBe(issuesBefore + 1);
    expect(h.host.store.properties.get(issue!.id, 'csi-maturity-gap')).toMatchObject({
      period: '2026-Q3',
      criterion: 'ado-3-impact',
    });
    await h.shot(page, 'maturity-gap-issue');
  }, 120_000);
});

describe('the maturity settings', () => {
  it('the CSI admin edits a criterion and saves version 2; a level left without criteria is refused and stays at 2', async () => {
    const { page, section } = await programmeSection(USERS.csiAdmin);
    await section.getByRole('button', { name: 'Maturity model and assessors' }).click();
    const panel = section.getByRole('region', { name: 'Maturity model and assessors' });
    await panel.getByRole('heading', { name: 'Model version 1' }).waitFor({ timeout: 20_000 });
    await panel.getByRole('list', { name: 'Named assessors' }).getByRole('listitem').first().waitFor();

    // Governance is open; its level 1 starts with "A named person owns the CSI programme...".
    const level1 = panel.getByRole('region', { name: 'Model: Governance level 1' });
    const first = level1.getByLabel('Criterion 1', { exact: false }).first();
    expect(await first.inputValue()).toBe('A named person owns the CSI programme, and the teams know who it is.');
    await first.fill('A named person owns the CSI programme, and every team knows who it is.');
    await panel.getByRole('button', { name: 'Save as version 2' }).click();
    await panel.getByText('Saved as version 2.').waitFor({ timeout: 20_000 });
    await panel.getByRole('heading', { name: 'Model version 2' }).waitFor();
    expect(await first.inputValue()).toBe('A named person owns the CSI programme, and every team knows who it is.');

    // Every criterion of governance level 1 removed: the domain's own message, and nothing saved.
    const removes = level1.getByRole('button', { name: /^Remove criterion \d+ of Governance level 1$/ });
    expect(await removes.count()).toBe(3);
    while ((await removes.count()) > 0) await removes.first().click();
    await level1.getByText('No criteria: add at least one.').waitFor();
    await panel.getByRole('button', { name: 'Save as version 3' }).click();
    await level1
      .getByRole('alert')
      .filter({ hasText: 'Governance level 1 has no criteria: give it at least one.' })
      .waitFor();
    expect(await panel.getByRole('heading', { name: 'Model version 2' }).count()).toBe(1);
    expect(await panel.getByText('Saved as version 3.').count()).toBe(0);
    await h.shot(page, 'maturity-settings-refused');
  }, 120_000);
});
