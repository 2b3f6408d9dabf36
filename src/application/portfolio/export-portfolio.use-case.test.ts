import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import { ratedInitiative } from '../testing/initiative-builder';
import { MemoryInitiatives } from '../testing/memory-initiatives';
import { memoryPortfolio } from '../testing/memory-portfolio';
import { MemoryRequests } from '../testing/memory-requests';
import { exportPortfolio } from './export-portfolio.use-case';

const config = defaultScoringConfig();

function world(count: number, hidden: string[] = []) {
  const initiatives = new MemoryInitiatives(new MemoryRequests());
  for (let n = 1; n <= count; n += 1) initiatives.put(ratedInitiative(n, config, 1 + (n % 5)));
  return { initiatives, port: memoryPortfolio(initiatives, () => config, hidden) };
}

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
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && content[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('exportPortfolio', () => {
  it('exports every initiative the reader may browse past one store page, in rank order, one row each', async () => {
    const w = world(230, ['10005']);
    const file = await exportPortfolio(w.port, { projectKey: 'CSI', filters: {} });
    const [header, ...rows] = parseCsv(file.content);
    expect(header?.slice(0, 2)).toEqual(['rank', 'issueKey']);
    expect(rows).toHaveLength(229);
    expect(rows.map((r) => r[1])).not.toContain('CSI-5');
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: 229 }, (_, i) => i + 1));
    expect(file).toMatchObject({ filename: 'csi-portfolio-CSI.csv', mimeType: 'text/csv' });
  });

  it('keeps spreadsheet formulas inert and quotes commas, quotes and line breaks', async () => {
    const w = world(0);
    const owner = { accountId: 'u-o', displayName: 'Olu "the owner", jr' };
    w.initiatives.put(ratedInitiative(1, config, 3, { facts: { summary: '=HYPERLINK("http://x")', owner } }));
    w.initiatives.put(ratedInitiative(2, config, 2, { facts: { summary: 'two\nlines' } }));
    const [, ...rows] = parseCsv((await exportPortfolio(w.port, { projectKey: 'CSI', filters: {} })).content);
    const first = rows.find((r) => r[1] === 'CSI-1');
    expect(first?.[2]?.startsWith('=')).toBe(false);
    expect(first?.[2]).toContain('HYPERLINK');
    expect(first).toContain(owner.displayName);
    expect(first).not.toContain(owner.accountId);
    expect(rows.find((r) => r[1] === 'CSI-2')?.[2]).toBe('two\nlines');
  });

  it("applies the reader's filters and sort", async () => {
    const w = world(12);
    for (const n of [13, 14, 15]) w.initiatives.put(ratedInitiative(n, config, null));
    const file = await exportPortfolio(w.port, {
      projectKey: 'CSI',
      filters: { complete: true },
      sort: { key: 'key', order: 'DESC' },
    });
    const keys = parseCsv(file.content)
      .slice(1)
      .map((r) => r[1]);
    const expected = w.initiatives
      .all()
      .filter((r) => r.computed.complete)
      .map((r) => r.issueKey);
    expect(expected).toHaveLength(12);
    expect([...(keys as string[])].sort()).toEqual([...expected].sort());
    expect(keys).toEqual([...(keys as string[])].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })));
  });
});
