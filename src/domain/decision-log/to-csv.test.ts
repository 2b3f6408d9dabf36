import { buildLog } from '../testing/build-decision-log';
import type { DecisionEntry } from './decision-entry';
import { toCsv } from './to-csv';

const [rejected] = buildLog(4).slice(3) as [DecisionEntry];
const withSummary = (summary: string): DecisionEntry => ({ ...rejected, summary });

/** A strict RFC 4180 reader (every record CRLF-terminated), to check that toCsv's output parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const cellPattern = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/gy;
  let consumed = 0;
  for (const [match, raw = '', end] of text.matchAll(cellPattern)) {
    consumed += match.length;
    rows[rows.length - 1]?.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (end === '\r\n') rows.push([]);
  }
  expect(consumed).toBe(text.length);
  return rows.slice(0, -1);
}

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated record per entry', () => {
    const rows = parseCsv(toCsv(buildLog(3)));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['seq', 'at', 'type', 'actor', 'summary', 'rationale', 'hash', 'prevHash']),
    );
    expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
    expect(toCsv([]).endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks per RFC 4180, doubling inner quotes', () => {
    const csv = toCsv([withSummary('He said "go", then\nleft')]);
    expect(csv).toContain('"He said ""go"", then\nleft"');
    expect(parseCsv(csv)[1]).toContain('He said "go", then\nleft');
  });

  it('leaves plain cells unquoted', () => {
    expect(toCsv([withSummary('Plain summary')])).toContain(',Plain summary,');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises the formula %p with a leading apostrophe',
    (summary) => {
      const cells = parseCsv(toCsv([withSummary(summary)]))[1] ?? [];
      expect(cells).toContain(`'${summary}`);
    },
  );

  it('writes options one per line, the reason, scores and payload as JSON, and blanks for no subject', () => {
    const [header = [], cells = [], configChange = []] = parseCsv(toCsv([rejected, ...buildLog(2).slice(1)]));
    const cell = (name: string) => cells[header.indexOf(name)];
    expect(cell('optionsConsidered')).toBe('Merge into CSI-2\nDefer, to next quarter');
    expect(cell('reasonCategory')).toBe('duplicate');
    expect(cell('scoresAtTime')).toBe('{"effort":4,"score":41.5}');
    expect(cell('payload')).toBe('{"reasonCategory":"duplicate"}');
    expect(configChange[header.indexOf('issueKey')]).toBe('');
  });
});
