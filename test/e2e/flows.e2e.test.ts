import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { globalPagePath } from '../../local/app/global-page-path';
import { appFrame, startHarness, type Harness } from './browser-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

const XSS = '<img src=x onerror="window.__xss=1">Duplicate of <b>CSI-5</b>';

async function invoke(frame: Record<string, unknown>, functionKey: string, payload: unknown): Promise<{ ok: boolean }> {
  const post = (path: string, body: unknown) =>
    fetch(h.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const { token } = (await post('/__local/frames', frame)) as { token: string };
  return (await post('/__local/invoke', { token, functionKey, payload })) as { ok: boolean };
}

/** Minimal RFC 4180 reader for the export (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  return rows;
}

async function backlogKeys(page: Page): Promise<string[]> {
  return page.locator('[data-testid="backlog-row"] td:nth-child(2)').allTextContents();
}

describe('decision log macro', () => {
  it('renders an XSS string in a rationale as text, and exports a CSV whose rows match the table', async () => {
    const rejected = await invoke(
      { moduleKey: 'csi-issue-panel', accountId: 'u-csi-admin', issueKey: 'CSI-15' },
      'issuePanel.reject',
      {
        reasonCategory: 'duplicate',
        rationale: XSS,
        optionsConsidered: ['<script>window.__xss=2</script>'],
      },
    );
    expect(rejected.ok).toBe(true);
    const page = await h.open('/confluence/pages/30001?as=u-viewer');
    const log = await appFrame(page, 0);
    await log.getByText('Rejected CSI-15: duplicate').waitFor();
    const seq = (
      await log
        .getByText('Rejected CSI-15: duplicate')
        .locator('xpath=ancestor::tr')
        .locator('td')
        .first()
        .textContent()
    )?.trim();
    await log.getByRole('button', { name: `Details of entry ${seq}` }).click();
    await log.getByText(XSS, { exact: true }).waitFor();
    await h.shot(page, 'decision-detail-xss');
    expect(await log.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await log.locator('img[src="x"]').count()).toBe(0);
    await page.keyboard.press('Escape');

    // Runs in the page; the Node test types have no DOM, hence the structural type.
    type Row = { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
    const rows = await log
      .locator('tbody tr')
      .evaluateAll((trs) =>
        (trs as unknown as Row[]).map((tr) =>
          Array.from(tr.querySelectorAll('td'), (td) => (td.textContent ?? '').trim()),
        ),
      );
    expect(rows.length).toBeGreaterThan(10);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      log.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
    const header = csv[0] ?? [];
    const bySeq = new Map(csv.slice(1).map((r) => [r[header.indexOf('seq')], r]));
    for (const [tableSeq, , , subject, summary] of rows) {
      const exported = bySeq.get(tableSeq);
      expect(exported?.[header.indexOf('summary')]).toBe(summary);
      expect(exported?.[header.indexOf('issueKey')] || '–').toBe(subject);
    }
  });
});

describe('changing the scoring configuration', () => {
  it('a CSI admin changes a weight with a reason; the panel, the JQL backlog and the decision log follow', async () => {
    const issue = h.host.store.issues.find('CSI-1');
    const before = await h.host.runtime.run('test', 'read', undefined, undefined, () =>
      getInitiative(String(issue?.id)),
    );
    const backlog = await h.open('/jira/projects/CSI/backlog?as=u-editor');
    const keysBefore = await backlogKeys(backlog);
    expect(keysBefore.length).toBeGreaterThan(20);

    const programme = await h.open(`${globalPagePath()}?as=u-csi-admin`);
    const form = await appFrame(programme);
    const weight = form.getByLabel(/^Weight/).first();
    await weight.fill('5');
    await form.getByRole('button', { name: 'Preview' }).click();
    await form.getByRole('heading', { name: /how the top initiatives would move/ }).waitFor();
    // The preview's own table (found by its caption): the page has other tables (the JQL help).
    const preview = form.getByRole('table', { name: /how the top initiatives would move under the edited/ });
    await expect(preview.locator('tbody tr').count()).resolves.toBe(10);
    await form
      .getByLabel(/^Reason for this change/)
      .fill('Business impact was dominating the ranking; the CAB agreed to weigh it less.');
    await form.getByRole('button', { name: 'Save configuration' }).click();
    await form
      .getByText(/Re-scor/)
      .first()
      .waitFor();
    await h.host.settle();
    await h.shot(programme, 'programme-after-save');

    const after = await h.host.runtime.run('test', 'read', undefined, undefined, () =>
      getInitiative(String(issue?.id)),
    );
    expect(after?.computed.configVersion).toBe((before?.computed.configVersion ?? 0) + 1);
    expect(after?.computed.score).not.toBe(before?.computed.score);
    const panelPage = await h.open('/jira/browse/CSI-1?as=u-editor');
    const panel = await appFrame(panelPage);
    await h.shot(panelPage, 'panel-after-change');
    await panel.getByLabel(/CSI score .* out of 100/).waitFor();
    expect(await panel.getByLabel(/CSI score .* out of 100/).textContent()).toBe(after?.computed.score?.toFixed(1));

    await backlog.reload();
    const keysAfter = await backlogKeys(backlog);
    const scores = (await backlog.locator('[data-testid="backlog-score"]').allTextContents()).map(Number);
    expect(keysAfter).not.toEqual(keysBefore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await h.shot(backlog, 'backlog-after-change');

    const project = await h.open('/jira/projects/CSI?as=u-viewer');
    const tabs = await appFrame(project);
    await tabs.getByRole('tab', { name: 'Decision log' }).click();
    await tabs
      .getByText(/Scoring configuration v4/)
      .first()
      .waitFor();
    await h.shot(project, 'project-decision-log-after-change');
  });
});

describe('recording a CAB decision in the issue panel', () => {
  it('a CSI admin records an override of a workflow gate; readers see it, read-only', async () => {
    const page = await h.open('/jira/browse/CSI-13?as=u-csi-admin');
    const panel = await appFrame(page);
    await panel.getByRole('tab', { name: /^Decisions/ }).click();
    const choices = await panel
      .getByRole('combobox', { name: /^Decision/ })
      .locator('option')
      .allTextContents();
    // Checkpoint verdicts are decided in the Pilot tab, against their criteria, not as free text here.
    expect(choices.some((c) => /Checkpoint verdict/.test(c))).toBe(false);
    await panel
      .getByRole('combobox', { name: /^Decision/ })
      .selectOption({ label: 'Override a recommendation or gate' });
    await panel.getByRole('combobox', { name: /^What was overridden/ }).selectOption({ label: 'A workflow gate' });
    await panel.getByRole('textbox', { name: /^It recommended/ }).fill('Wait for a confirmed commitment');
    await panel.getByRole('textbox', { name: /^We decided/ }).fill('Start the rollback work now');
    await panel.locator('#decision-rationale').fill('The rollback cannot wait for the next CAB.');
    await panel.getByRole('button', { name: 'Record decision' }).click();
    const entry = 'Override on CSI-13: Start the rollback work now instead of Wait for a confirmed commitment';
    await panel.locator('li:visible', { hasText: entry }).waitFor();
    await h.shot(page, 'panel-decision-recorded');

    const viewer = await h.open('/jira/browse/CSI-13?as=u-viewer');
    const readOnly = await appFrame(viewer);
    await readOnly.getByRole('tab', { name: /^Decisions/ }).click();
    await readOnly.locator('li:visible', { hasText: entry }).waitFor();
    await expect(readOnly.getByRole('button', { name: 'Record decision' }).count()).resolves.toBe(0);
  });
});

describe('configuring a macro on the Confluence page', () => {
  it('an editor changes the page size in the macro config; the page saves it and the macro shows that many rows', async () => {
    const page = await h.open('/confluence/pages/30001?as=u-editor');
    await page.getByRole('button', { name: 'Edit macro' }).first().click();
    const config = await appFrame(page, 1);
    const size = config
      .getByRole('spinbutton', { name: /Entries per page/ })
      .or(config.getByRole('textbox', { name: /Entries per page/ }));
    await size.fill('7');
    await Promise.all([page.waitForNavigation(), config.getByRole('button', { name: /^Save/ }).click()]);
    const log = await appFrame(page, 0);
    await log.getByText(/Verified through #\d+/).waitFor();
    await expect(log.locator('tbody tr').count()).resolves.toBe(7);
    await h.shot(page, 'macro-configured');
  });
});

describe('granting the CSI-admin role', () => {
  it('a site admin makes the editor a CSI admin on the admin page; the editor can then configure scoring', async () => {
    const refused = await h.open(`${globalPagePath()}?as=u-editor`);
    await (await appFrame(refused)).getByText('The CSI programme is for CSI admins').waitFor();

    const page = await h.open('/jira/admin?as=u-site-admin');
    const admin = await appFrame(page);
    await admin.getByRole('textbox', { name: /^Add a CSI admin/ }).fill('Eli');
    await admin.getByRole('button', { name: 'Search' }).click();
    await admin.getByRole('button', { name: 'Make Eli Marsh a CSI admin' }).click();
    await admin.getByRole('button', { name: 'Remove Eli Marsh as CSI admin' }).waitFor();
    await h.shot(page, 'admin-csi-admins');

    const granted = await h.open(`${globalPagePath()}?as=u-editor`);
    const form = await appFrame(granted);
    await form.getByRole('button', { name: 'Save configuration' }).waitFor();
    const settings = await h.open('/jira/admin?as=u-editor');
    await (await appFrame(settings)).getByText('Only Jira site administrators can do this.').waitFor();
  });
});
