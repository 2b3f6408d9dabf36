import { configDraft, pauseDraft } from '../testing/decision-drafts';
import { memoryDecisionQuery } from '../testing/memory-decision-query';
import { MemoryDecisions } from '../testing/memory-decisions';
import { MemoryRequests } from '../testing/memory-requests';
import { decisionLogPage, type LogPageRequest } from './decision-log-page.use-case';

const ACTOR = { accountId: 'u-csi-admin', displayName: 'Chen Okafor' };

/** A log of `drafts` appended in order, an hour apart from 1 December 2026. */
async function logOf(drafts: ReturnType<typeof pauseDraft>[]) {
  const decisions = new MemoryDecisions(new MemoryRequests());
  for (const [i, draft] of drafts.entries()) {
    await decisions.append(
      draft,
      ACTOR,
      new Date(Date.parse('2026-12-01T00:00:00.000Z') + i * 3_600_000).toISOString(),
    );
  }
  return decisions;
}

const request = (over: Partial<LogPageRequest> = {}): LogPageRequest => ({
  projects: ['CSI'],
  hiddenProjects: 0,
  pageSize: 20,
  ...over,
});

const seqs = (page: { entries: Array<{ seq: number }> }) => page.entries.map((e) => e.seq);

describe('decisionLogPage', () => {
  it("lists the reader's projects' entries and the configuration-wide ones, newest first, and no other project's", async () => {
    const log = await logOf([pauseDraft('CSI-1'), pauseDraft('OPS-2'), configDraft(1), pauseDraft('CSI-3')]);
    const page = await decisionLogPage(memoryDecisionQuery(log), request());
    expect(seqs(page)).toEqual([4, 3, 1]);
    expect(page.nextCursor).toBeNull();
  });

  it('shows nothing to a reader who may browse no project, not even configuration-wide entries', async () => {
    const log = await logOf([configDraft(1), pauseDraft('CSI-1')]);
    expect(seqs(await decisionLogPage(memoryDecisionQuery(log), request({ projects: [] })))).toEqual([]);
  });

  it('hides the entries about issues the reader may not browse', async () => {
    const log = await logOf([pauseDraft('CSI-1'), pauseDraft('CSI-2'), pauseDraft('CSI-3')]);
    const page = await decisionLogPage(memoryDecisionQuery(log, { hidden: ['10002'] }), request());
    expect(seqs(page)).toEqual([3, 1]);
  });

  it('hides an entry edited in storage and one moved into another project’s partition', async () => {
    const log = await logOf([pauseDraft('CSI-1'), pauseDraft('OPS-2'), pauseDraft('CSI-3')]);
    log.tamper(3, (e) => ({ ...e, summary: 'nothing to see' }));
    log.tamper(2, (e) => e, { projectKey: 'CSI' });
    const page = await decisionLogPage(memoryDecisionQuery(log), request());
    expect(seqs(page)).toEqual([1]);
  });

  it('searches an issue key as that issue’s entries, not as a substring of other keys', async () => {
    const log = await logOf([pauseDraft('CSI-1'), pauseDraft('CSI-12'), pauseDraft('CSI-1', 'Paused again')]);
    const page = await decisionLogPage(memoryDecisionQuery(log), request({ search: 'csi-1' }));
    expect(seqs(page)).toEqual([3, 1]);
  });

  it('pages through every entry once, however short the filtered store pages are', async () => {
    const drafts = Array.from({ length: 23 }, (_, i) =>
      i % 3 === 0 ? pauseDraft(`CSI-${i + 1}`, 'needle') : pauseDraft(`CSI-${i + 1}`),
    );
    const port = memoryDecisionQuery(await logOf(drafts));
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages += 1) {
      const page = await decisionLogPage(port, request({ search: 'needle', pageSize: 3, cursor }));
      seen.push(...seqs(page));
      cursor = page.nextCursor ?? undefined;
      if (!cursor) break;
    }
    const expected = drafts
      .map((_, i) => i + 1)
      .filter((seq) => (seq - 1) % 3 === 0)
      .reverse();
    expect(seen).toEqual(expected);
  });

  it('keeps only the listed types', async () => {
    const log = await logOf([pauseDraft('CSI-1'), configDraft(1), pauseDraft('CSI-2')]);
    const page = await decisionLogPage(memoryDecisionQuery(log), request({ types: ['scoring-config-changed'] }));
    expect(seqs(page)).toEqual([2]);
  });

  it('shows the last verification as the integrity badge: broken names where, none yet is empty', async () => {
    const log = await logOf([pauseDraft('CSI-1')]);
    const broken = { status: 'broken' as const, throughSeq: 0, atSeq: 1, reason: 'Entry 1 does not match its hash' };
    expect((await decisionLogPage(memoryDecisionQuery(log, { verification: broken }), request())).integrity).toEqual({
      status: 'broken',
      atSeq: 1,
      reason: broken.reason,
    });
    expect((await decisionLogPage(memoryDecisionQuery(log), request())).integrity).toEqual({ status: 'empty' });
  });
});
