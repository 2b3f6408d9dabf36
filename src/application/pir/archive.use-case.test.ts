import type { ArchiveDecision } from '../../contracts/archive.contract';
import { memoryVisibility } from '../testing/memory-visibility';
import { archivePage, type ArchivePorts } from './archive.use-case';
import { exportArchive } from './export-archive.use-case';
import type { BenefitCheckRecord, PirRecord } from './pir-record';

const check = (days: 30 | 90, dueDate: string, verdict: BenefitCheckRecord['verdict']): BenefitCheckRecord => ({
  days,
  dueDate,
  checkedAt: `${dueDate}T06:00:00.000Z`,
  current: verdict === null ? null : 50,
  verdict,
  retainedPct: verdict === null ? null : 47,
  reviewIssueKey: verdict === 'lost' ? 'CSI-90' : null,
  reviewClaimedAt: null,
  reviewError: null,
});

function pir(n: number, over: Partial<PirRecord> = {}): PirRecord {
  return {
    issueId: String(10000 + n),
    issueKey: `CSI-${n}`,
    projectKey: 'CSI',
    rule: { id: 'r1', name: 'Major changes', requirement: 'mandatory' },
    template: { id: 'standard', name: 'Standard PIR', version: 2, sections: [] },
    doneAt: '2026-03-01T10:00:00.000Z',
    dueDate: '2026-03-15',
    timeZone: 'Europe/Berlin',
    state: 'completed',
    values: {},
    filledBy: {},
    completion: {
      at: '2026-03-10T09:30:00.000Z',
      by: { accountId: 'u-admin', displayName: 'Chen Okafor' },
      outcome: 'partly-met',
      residualRisks: ['Articles written during incidents skip review.'],
      seq: 40 + n,
    },
    linking: null,
    linkErrors: {},
    services: [],
    benefitChecks: [],
    reminders: {},
    revision: 3,
    ...over,
  };
}

/** Completed PIRs in store order, `pageSize` a store page, with the `open` ones the state filter drops from a page. */
function world(pirs: PirRecord[], hidden: string[] = [], pageSize = 2) {
  const asked: string[] = [];
  const decisions: Record<string, ArchiveDecision[]> = {
    'CSI-11': [
      {
        seq: 3,
        at: '2026-01-05T10:00:00.000Z',
        type: 'approve',
        summary: 'Approved the review',
        actorName: 'Chen Okafor',
      },
      { seq: 41, at: '2026-03-10T09:30:00.000Z', type: 'pir-completed', summary: 'PIR completed', actorName: null },
    ],
  };
  const ports: ArchivePorts = {
    ...memoryVisibility(hidden),
    completed: (q) => {
      const start = Number(q.cursor ?? 0);
      const slice = pirs.slice(start, start + Math.min(pageSize, q.limit));
      const next = start + slice.length;
      // The store's filter runs on the page it read: open PIRs leave a short page behind.
      const page = slice.filter((p) => p.state === 'completed');
      return Promise.resolve(next < pirs.length ? { pirs: page, nextCursor: String(next) } : { pirs: page });
    },
    summaries: (ids) => Promise.resolve(new Map(ids.map((id) => [id, `Initiative ${id}`]))),
    decisionsAbout: (key) => {
      asked.push(key);
      return Promise.resolve(decisions[key] ?? []);
    },
  };
  return { ports, asked };
}

describe('archivePage', () => {
  it('shows a closed initiative with its outcome, residual risks, checks, PIR and decision count', async () => {
    const kb = pir(11, { benefitChecks: [check(30, '2026-04-09', 'partly-kept'), check(90, '2026-06-08', 'lost')] });
    const page = await archivePage(world([kb]).ports, { projectKey: 'CSI', limit: 10 });
    expect(page).toEqual({
      nextCursor: null,
      rows: [
        {
          issueId: '10011',
          issueKey: 'CSI-11',
          summary: 'Initiative 10011',
          closedAt: '2026-03-10T09:30:00.000Z',
          outcome: 'partly-met',
          residualRisks: ['Articles written during incidents skip review.'],
          benefitChecks: [
            {
              days: 30,
              dueDate: '2026-04-09',
              status: 'partly-kept',
              checkedAt: '2026-04-09T06:00:00.000Z',
              current: 50,
              retainedPct: 47,
              reviewIssueKey: null,
            },
            {
              days: 90,
              dueDate: '2026-06-08',
              status: 'lost',
              checkedAt: '2026-06-08T06:00:00.000Z',
              current: 50,
              retainedPct: 47,
              reviewIssueKey: 'CSI-90',
            },
          ],
          pir: { templateId: 'standard', templateName: 'Standard PIR', templateVersion: 2 },
          completedBy: 'Chen Okafor',
          decisions: { count: 2, logSearch: 'CSI-11' },
        },
      ],
    });
  });

  it('counts checks not yet made as pending on their dates (+30 and +90 days after closure, site time zone)', async () => {
    const late = pir(4, { completion: { ...pir(4).completion!, at: '2026-03-10T23:30:00.000Z' } });
    const [row] = (await archivePage(world([late]).ports, { projectKey: 'CSI', limit: 10 })).rows;
    // 23:30 UTC is 00:30 on 11 March in Berlin: closed on the 11th.
    expect(row?.benefitChecks.map((c) => [c.days, c.status, c.dueDate, c.checkedAt])).toEqual([
      [30, 'pending', '2026-04-10', null],
      [90, 'pending', '2026-06-09', null],
    ]);
  });

  it('leaves out issues the reader may not browse and open PIRs, filling the page past short store pages', async () => {
    const pirs = [pir(1), pir(2, { state: 'open', completion: null }), pir(3), pir(4), pir(5), pir(6)];
    const w = world(pirs, ['10003']);
    const first = await archivePage(w.ports, { projectKey: 'CSI', limit: 3 });
    expect(first.rows.map((r) => r.issueKey)).toEqual(['CSI-1', 'CSI-4', 'CSI-5']);
    expect(w.asked).toEqual(['CSI-1', 'CSI-4', 'CSI-5']);
    const second = await archivePage(w.ports, { projectKey: 'CSI', limit: 3, cursor: first.nextCursor! });
    expect(second).toMatchObject({ nextCursor: null });
    expect(second.rows.map((r) => r.issueKey)).toEqual(['CSI-6']);
  });
});

/** A minimal CSV reader for the file's own quoting (double quotes, doubled inside; CRLF between rows). */
function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < content.length; i += 1) {
    const ch = content[i];
    if (quoted && ch === '"' && content[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && content[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  return rows;
}

describe('exportArchive', () => {
  const kb = pir(11, { benefitChecks: [check(30, '2026-04-09', 'partly-kept'), check(90, '2026-06-08', 'lost')] });

  it('writes one CSV row per closed initiative the reader may browse, risks one per line', async () => {
    const risky = pir(12, {
      completion: { ...pir(12).completion!, outcome: 'met', residualRisks: ['=HYPERLINK("x")', 'two, "quoted"'] },
    });
    const file = await exportArchive(world([kb, pir(7), risky], ['10007']).ports, { projectKey: 'CSI', format: 'csv' });
    expect(file).toMatchObject({ filename: 'csi-archive-CSI.csv', mimeType: 'text/csv' });
    expect(parseCsv(file.content)).toEqual([
      [
        'issueKey',
        'summary',
        'closedAt',
        'outcome',
        'residualRisks',
        'check30',
        'check30Due',
        'check30CheckedAt',
        'check90',
        'check90Due',
        'check90CheckedAt',
        'pirTemplate',
        'pirTemplateVersion',
        'completedBy',
        'decisions',
      ],
      [
        'CSI-11',
        'Initiative 10011',
        '2026-03-10T09:30:00.000Z',
        'partly-met',
        'Articles written during incidents skip review.',
        'partly-kept',
        '2026-04-09',
        '2026-04-09T06:00:00.000Z',
        'lost',
        '2026-06-08',
        '2026-06-08T06:00:00.000Z',
        'Standard PIR',
        '2',
        'Chen Okafor',
        '2',
      ],
      [
        'CSI-12',
        'Initiative 10012',
        '2026-03-10T09:30:00.000Z',
        'met',
        `'=HYPERLINK("x")\ntwo, "quoted"`,
        'pending',
        '2026-04-09',
        '',
        'pending',
        '2026-06-08',
        '',
        'Standard PIR',
        '2',
        'Chen Okafor',
        '0',
      ],
    ]);
  });

  it('writes JSON with each initiative and its decision history', async () => {
    const file = await exportArchive(world([kb]).ports, { projectKey: 'CSI', format: 'json' });
    expect(file).toMatchObject({ filename: 'csi-archive-CSI.json', mimeType: 'application/json' });
    const doc = JSON.parse(file.content) as { project: string; initiatives: Array<Record<string, unknown>> };
    expect(doc.project).toBe('CSI');
    expect(doc.initiatives).toHaveLength(1);
    expect(doc.initiatives[0]).toMatchObject({
      issueKey: 'CSI-11',
      outcome: 'partly-met',
      benefitChecks: [
        { days: 30, status: 'partly-kept' },
        { days: 90, status: 'lost', reviewIssueKey: 'CSI-90' },
      ],
      decisions: [
        { seq: 3, type: 'approve', summary: 'Approved the review' },
        { seq: 41, type: 'pir-completed', actorName: null },
      ],
    });
  });

  it('reads every store page, past empty filtered ones', async () => {
    const open = (n: number) => pir(n, { state: 'open', completion: null });
    const file = await exportArchive(world([open(1), open(2), open(3), open(4), pir(5)], [], 2).ports, {
      projectKey: 'CSI',
      format: 'csv',
    });
    expect(parseCsv(file.content).map((r) => r[0])).toEqual(['issueKey', 'CSI-5']);
  });
});
