import type { Frame } from 'playwright-core';
import { appFrame, axeViolations, startHarness, type Harness } from './browser-harness';

/**
 * The project page as a rater and planner use it (issue 9): the scoring grid with the keyboard
 * only, the value/effort matrix, a sorted and saved portfolio view. Ratings are checked in the
 * host's storage through the issue panel's resolver.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

const EDITOR = 'u-editor';

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(h.baseUrl + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

/** The editor's stored ratings of an issue, read through the host as the issue panel reads them. */
async function storedRatings(issueKey: string): Promise<Record<string, number>> {
  const { token } = await post<{ token: string }>('/__local/frames', {
    moduleKey: 'csi-issue-panel',
    accountId: EDITOR,
    issueKey,
  });
  const answer = await post<{ ok: boolean; data: { myRatings: Record<string, { rating: number }> } }>(
    '/__local/invoke',
    { token, functionKey: 'issuePanel.get', payload: {} },
  );
  if (!answer.ok) throw new Error(`issuePanel.get failed for ${issueKey}`);
  return Object.fromEntries(Object.entries(answer.data.myRatings).map(([k, v]) => [k, v.rating]));
}

/** The grid row index of an issue (from its first cell's label). */
async function rowOf(frame: Frame, issueKey: string): Promise<number> {
  const id = await frame.getByLabel(`Business impact for ${issueKey}`, { exact: true }).getAttribute('id');
  return Number(/grid-cell-(\d+)-0/.exec(id ?? '')?.[1]);
}

/** Types one row's four ratings with the keyboard from its first cell, then Enter. */
async function typeRow(frame: Frame, ratings: string[]) {
  for (const [i, r] of ratings.entries()) {
    await frame.page().keyboard.type(r);
    if (i < ratings.length - 1) await frame.page().keyboard.press('ArrowRight');
  }
  await frame.page().keyboard.press('Enter');
}

/** Moves the focus from one cell to another with the arrow keys only. */
async function moveKeys(frame: Frame, from: [number, number], to: [number, number]) {
  const [dr, dc] = [to[0] - from[0], to[1] - from[1]];
  for (let i = 0; i < Math.abs(dr); i += 1) await frame.page().keyboard.press(dr > 0 ? 'ArrowDown' : 'ArrowUp');
  for (let i = 0; i < Math.abs(dc); i += 1) await frame.page().keyboard.press(dc > 0 ? 'ArrowRight' : 'ArrowLeft');
}

const PLAN: Array<[string, string[], string]> = [
  ['CSI-3', ['5', '5', '1', '1'], 'quick-wins'],
  ['CSI-6', ['5', '4', '5', '5'], 'big-bets'],
  ['CSI-9', ['1', '2', '5', '4'], 'money-pits'],
];

describe('project page', () => {
  it('scores three initiatives in the grid with the keyboard only; the matrix places them in their quadrants', async () => {
    const page = await h.open(`/jira/projects/CSI?as=${EDITOR}`);
    const frame = await appFrame(page);
    await frame.getByRole('tab', { name: 'Portfolio' }).focus();
    await page.keyboard.press('ArrowRight');
    await frame.getByLabel('Business impact for CSI-3', { exact: true }).waitFor();
    expect(await axeViolations(frame)).toEqual([]);
    const rows = await Promise.all(PLAN.map(([key]) => rowOf(frame, key)));
    // From the tab list, Tab reaches the first row's first rating (past the tab panel itself).
    const focusedId = () => frame.evaluate(() => document.activeElement?.id ?? '');
    for (let presses = 0; presses < 4 && (await focusedId()) !== 'grid-cell-0-0'; presses += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedId()).toBe('grid-cell-0-0');
    let at: [number, number] = [0, 0];
    for (const [n, [key, ratings]] of PLAN.entries()) {
      const row = rows[n] as number;
      await moveKeys(frame, at, [row, 0]);
      await typeRow(frame, ratings);
      at = [row, 3];
      await frame.getByText(`Saved ${key}.`).waitFor();
    }
    await h.shot(page, 'project-page-grid');
    for (const [key, ratings] of PLAN) {
      expect(await storedRatings(key)).toEqual({
        'business-impact': Number(ratings[0]),
        'strategic-alignment': Number(ratings[1]),
        effort: Number(ratings[2]),
        risk: Number(ratings[3]),
      });
    }

    await frame.getByRole('tab', { name: 'Value/effort matrix' }).click();
    for (const [key, , quadrant] of PLAN) {
      const point = frame.locator(`svg a[aria-label^="${key} "]`);
      await point.waitFor();
      expect(await point.getAttribute('data-quadrant')).toBe(quadrant);
      expect(await point.getAttribute('href')).toBe(`/browse/${key}`);
    }
    expect(await axeViolations(frame)).toEqual([]);
    await h.shot(page, 'project-page-matrix');
    // A point is a link: focused and activated with the keyboard, it opens its issue.
    await frame.locator('svg a[aria-label^="CSI-3 "]').focus();
    await Promise.all([page.waitForURL(/\/jira\/browse\/CSI-3\?as=u-editor/), page.keyboard.press('Enter')]);
  }, 120_000);

  it('refuses an out-of-scale cell in place while the rest of the row saves', async () => {
    const before = await storedRatings('CSI-12');
    const page = await h.open(`/jira/projects/CSI?as=${EDITOR}`);
    const frame = await appFrame(page);
    await frame.getByRole('tab', { name: 'Scoring grid' }).click();
    const effort = frame.getByLabel('Implementation effort for CSI-12', { exact: true });
    await effort.focus();
    await page.keyboard.type('7');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await frame.getByText('Saved CSI-12; 1 rating refused.').waitFor();
    expect(await effort.inputValue()).toBe('7');
    expect(await effort.getAttribute('aria-invalid')).toBe('true');
    await frame.getByText('Rate with a whole number from 1 to 5').waitFor();
    expect(await storedRatings('CSI-12')).toEqual({ ...before, risk: 4 });
  }, 60_000);

  it('sorts the portfolio by a column, saves the view with a status filter and brings it back after a reload', async () => {
    const path = `/jira/projects/CSI?as=${EDITOR}`;
    let frame = await appFrame(await h.open(path));
    await frame.getByRole('button', { name: 'Summary' }).click();
    await frame.getByLabel('Status', { exact: true }).selectOption({ label: 'In Progress' });
    const summaries = async () => frame.locator('table tbody tr td:nth-child(3)').allTextContents();
    const statuses = async () => frame.locator('table tbody tr td:nth-child(4)').allTextContents();
    await frame.waitForFunction(() =>
      [...document.querySelectorAll('table tbody tr td:nth-child(4)')].every((td) => td.textContent === 'In Progress'),
    );
    const sorted = await summaries();
    expect(sorted.length).toBeGreaterThan(1);
    expect(sorted).toEqual([...sorted].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await frame.getByLabel('View name').fill('In progress by summary');
    await frame.getByRole('button', { name: 'Save view' }).click();
    await frame.getByText('Saved “In progress by summary”.').waitFor();

    const page = await h.open(path);
    frame = await appFrame(page);
    await frame.getByLabel('Saved view').selectOption({ label: 'In progress by summary' });
    await frame.waitForFunction((n) => document.querySelectorAll('table tbody tr').length === n, sorted.length);
    expect(await statuses()).toEqual(sorted.map(() => 'In Progress'));
    expect(await summaries()).toEqual(sorted);
    expect(await axeViolations(frame)).toEqual([]);
    await h.shot(page, 'project-page-saved-view');
  }, 60_000);
});
