import { configDraft, pauseDraft } from '../testing/decision-drafts';
import { memoryDecisionQuery } from '../testing/memory-decision-query';
import { MemoryDecisions } from '../testing/memory-decisions';
import { MemoryRequests } from '../testing/memory-requests';
import { exportDecisionLog } from './export-decision-log.use-case';

const ACTOR = { accountId: 'u-csi-admin', displayName: 'Chen Okafor' };
const NOW = '2026-12-02T10:00:00.000Z';

async function logOf(count: number, draft: (n: number) => ReturnType<typeof pauseDraft>) {
  const decisions = new MemoryDecisions(new MemoryRequests());
  for (let n = 1; n <= count; n += 1)
    await decisions.append(draft(n), ACTOR, `2026-12-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`);
  return decisions;
}

const exported = (content: string) =>
  JSON.parse(content) as { entries: Array<{ seq: number }>; logHead: { seq: number; hash: string; witness: string } };

describe('exportDecisionLog', () => {
  it('exports every visible entry of the reader’s projects oldest first, past one store page, with the log head', async () => {
    const log = await logOf(250, (n) => (n % 5 === 0 ? pauseDraft(`OPS-${n}`) : pauseDraft(`CSI-${n}`)));
    const file = await exportDecisionLog(memoryDecisionQuery(log, { hidden: ['10007'] }), {
      projects: ['CSI'],
      format: 'json',
      label: 'CSI',
      now: NOW,
    });
    const doc = exported(file.content);
    const expected = Array.from({ length: 250 }, (_, i) => i + 1).filter((n) => n % 5 !== 0 && n !== 7);
    expect(doc.entries.map((e) => e.seq)).toEqual(expected);
    const head = await log.head();
    expect(doc.logHead).toMatchObject({ seq: 250, hash: head.hash });
    expect(doc.logHead.witness).toContain(head.hash);
    expect(doc.logHead.witness).toContain(NOW);
  });

  it('leaves out an entry that no longer matches its hash, and keeps only the types asked for', async () => {
    const log = await logOf(6, (n) => (n % 2 === 0 ? configDraft(n) : pauseDraft(`CSI-${n}`)));
    log.tamper(3, (e) => ({ ...e, rationale: 'rewritten' }));
    const port = memoryDecisionQuery(log);
    const all = exported(
      (await exportDecisionLog(port, { projects: ['CSI'], format: 'json', label: 'x', now: NOW })).content,
    );
    expect(all.entries.map((e) => e.seq)).toEqual([1, 2, 4, 5, 6]);
    const pauses = await exportDecisionLog(port, {
      projects: ['CSI'],
      format: 'json',
      label: 'x',
      types: ['pause'],
      now: NOW,
    });
    expect(exported(pauses.content).entries.map((e) => e.seq)).toEqual([1, 5]);
  });

  it('writes CSV that ends with the head, under a file name made safe from the label', async () => {
    const log = await logOf(2, (n) => pauseDraft(`CSI-${n}`));
    const file = await exportDecisionLog(memoryDecisionQuery(log), {
      projects: ['CSI'],
      format: 'csv',
      label: 'CSI / Q4 "final"',
      now: NOW,
    });
    expect(file.mimeType).toBe('text/csv');
    expect(file.filename).toMatch(/^csi-decision-log-[A-Za-z0-9-]+\.csv$/);
    const rows = file.content.trim().split(/\r?\n/);
    expect(rows[rows.length - 1]).toContain((await log.head()).hash);
  });

  it('exports no entry for a reader with no project', async () => {
    const log = await logOf(3, (n) => pauseDraft(`CSI-${n}`));
    const doc = exported(
      (await exportDecisionLog(memoryDecisionQuery(log), { projects: [], format: 'json', label: 'x', now: NOW }))
        .content,
    );
    expect(doc.entries).toEqual([]);
  });
});
