import api, { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { PAGES, SPACES, USERS } from '../../local/product/demo-ids';
import type { MacroExport } from '../../local/product/confluence-export-payload';
import { decisionKey, ENTITIES, KEYS, LOG_HEAD_KEY } from '../../src/adapters/storage/keys';
import type { DecisionLogPage } from '../../src/contracts/decision-log.contract';
import { appendEntry } from '../../src/domain/decision-log/append-entry';
import type { DecisionEntry } from '../../src/domain/decision-log/decision-entry';
import { invokeAs, seededHost } from '../support/seeded-host';

/** The attributes the app stores beside an entry, written out here (as in decision-log-tamper). */
const attributesOf = (e: DecisionEntry) => ({
  seq: e.seq,
  projectKey: e.subject?.projectKey || '*',
  ...(e.subject?.issueKey ? { issueKey: e.subject.issueKey } : {}),
  type: e.type,
  at: e.at,
  text: `${e.subject?.issueKey ?? ''} ${e.summary} ${e.rationale}`.toLowerCase().slice(0, 1000),
});

type Stored = Record<string, unknown> & { seq: number; entry: DecisionEntry };
type Run = { status: string; atSeq: number | null };
type Changelog = {
  total: number;
  isLast: boolean;
  values: { created: string; items: { fieldId?: string; toString?: string }[] }[];
};

/**
 * The daily seal of the decision log's head (issue 8 item 4): the hourly `csi-verify-log` trigger
 * writes the head into the app's read-only "CSI decision log seal" field of a seal issue with
 * `PUT /rest/api/3/app/field/{fieldIdOrKey}/value?generateChangelog=true` (jira-platform.json), once
 * per UTC day, and compares the log with the seals read back through
 * `GET /rest/api/3/issue/{issueIdOrKey}/changelog` (`getChangeLogs`, which no REST operation can
 * delete or edit). Storage is rewritten directly through @forge/kvs, as someone with access to it
 * could, consistently: entries, head and the verification record together. Only `Date` is faked.
 */
describe('the daily seal of the decision log head, witnessed in a Jira issue changelog', () => {
  let host: LocalHost;
  beforeEach(async () => {
    jest.useFakeTimers({
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
      now: new Date('2026-11-20T04:00:00.000Z'),
    });
    host = await seededHost();
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  }, 120_000);
  afterEach(() => {
    host.close();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  const asApp = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'seal', undefined, undefined, fn);
  /** The admin's setup step: an issue labelled csi-log-seal (here a Task in OPS), created through POST /issue. */
  const labelSealIssue = () =>
    asApp(async () => {
      const fields = {
        project: { key: 'OPS' },
        issuetype: { name: 'Task' },
        summary: 'CSI log seal',
        labels: ['csi-log-seal'],
      };
      const res = await api.asApp().requestJira(route`/rest/api/3/issue`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ fields }),
      });
      expect(res.status).toBe(201);
    });
  const decisions = () => kvs.entity<Stored>(ENTITIES.decision);
  const head = () =>
    asApp(async () => (await kvs.entity<{ seq: number; hash: string }>(ENTITIES.logHead).get(LOG_HEAD_KEY))!);
  const entry = (seq: number) => asApp(async () => (await decisions().get(decisionKey(seq)))!);
  const run = async (at?: string) => {
    if (at) jest.setSystemTime(new Date(at));
    return (await host.runner.runScheduled('csi-verify-log')) as Run;
  };
  /** The seal issue as Jira lists it by its label, and its changelog, through the official client. */
  const sealIssue = () =>
    asApp(async () => {
      const res = await api.asApp().requestJira(route`/rest/api/3/search/jql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jql: 'labels = csi-log-seal ORDER BY created ASC', fields: ['key'] }),
      });
      return ((await res.json()) as { issues: { id: string; key: string }[] }).issues;
    });
  const changelog = (key: string, page?: { startAt: number; maxResults: number }) =>
    asApp(async () => {
      const res = await api
        .asApp()
        .requestJira(
          page
            ? route`/rest/api/3/issue/${key}/changelog?startAt=${page.startAt}&maxResults=${page.maxResults}`
            : route`/rest/api/3/issue/${key}/changelog`,
        );
      expect(res.status).toBe(200);
      return (await res.json()) as Changelog;
    });
  const seals = async () => {
    const [issue] = await sealIssue();
    if (!issue) return [];
    return (await changelog(issue.key)).values
      .flatMap((v) => v.items.map((i) => i.toString ?? ''))
      .filter((t) => t.startsWith('csi-log-seal'));
  };
  /** Drops entries above `keep` and moves the head (and the verification record) to match: a consistent truncation. */
  const truncateTo = async (keep: number) => {
    const top = (await head()).seq;
    const kept = (await entry(keep)).entry;
    await asApp(async () => {
      const tx = kvs.transact();
      for (let seq = keep + 1; seq <= top; seq += 1) tx.delete(decisionKey(seq), { entityName: ENTITIES.decision });
      tx.set(LOG_HEAD_KEY, { seq: keep, hash: kept.hash }, { entityName: ENTITIES.logHead });
      tx.delete(KEYS.logVerification);
      await tx.execute();
    });
  };
  const integrity = async () => {
    const frame = { moduleKey: 'csi-decision-log', accountId: USERS.siteAdmin, pageId: '30001' };
    const config = { projects: ['CSI', 'OPS'], types: [], pageSize: 20 };
    const { envelope } = await invokeAs<DecisionLogPage>(host, { ...frame, config }, 'macro.decisionLog', {});
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.data.integrity;
  };

  it('seals at most once per UTC day however often the trigger runs, and again the next day', async () => {
    await labelSealIssue();
    for (const at of ['2026-11-20T04:00:00Z', '2026-11-20T05:00:00Z', '2026-11-20T23:59:00Z']) {
      expect(await run(at)).toMatchObject({ status: 'verified' });
    }
    const h = await head();
    expect(await seals()).toEqual([`csi-log-seal #${h.seq} sha256:${h.hash} 2026-11-20`]);
    await run('2026-11-21T00:05:00Z');
    await run('2026-11-21T01:05:00Z');
    expect(await seals()).toEqual([
      `csi-log-seal #${h.seq} sha256:${h.hash} 2026-11-20`,
      `csi-log-seal #${h.seq} sha256:${h.hash} 2026-11-21`,
    ]);
  });

  it('a consistent truncation that also moves the head verifies without a seal and is broken after one', async () => {
    const top = (await head()).seq;
    // No seal issue yet: nothing outside storage remembers the old head, and the truncation passes.
    await truncateTo(top - 1);
    expect(await run('2026-11-20T05:00:00Z')).toMatchObject({ status: 'verified' });
    expect(await seals()).toEqual([]);
    await labelSealIssue();
    expect(await run('2026-11-20T06:00:00Z')).toMatchObject({ status: 'verified' });
    expect(await seals()).toHaveLength(1);
    await truncateTo(top - 3);
    expect(await run('2026-11-20T07:00:00Z')).toMatchObject({ status: 'broken', atSeq: top - 2 });
    const shown = await integrity();
    expect(shown).toMatchObject({ status: 'broken' });
    expect(shown.status === 'broken' && shown.reason).toMatch(
      new RegExp(`^Truncated since the seal of 2026-11-20 in OPS-\\d+ \\(#${top - 1} .*the log ends at #${top - 3}`),
    );
    // A broken log is never sealed, so the next day's run cannot bless the truncation.
    expect(await run('2026-11-21T04:00:00Z')).toMatchObject({ status: 'broken' });
    expect(await seals()).toHaveLength(1);
  });

  it('a consistent rewrite of the sealed head entry (re-hashed, head moved to it) is broken', async () => {
    await labelSealIssue();
    expect(await run()).toMatchObject({ status: 'verified' });
    expect(await seals()).toHaveLength(1);
    const h = await head();
    const prev = (await entry(h.seq - 1)).entry;
    const model = (await entry(h.seq)).entry;
    const forged = appendEntry(prev, { ...model, summary: 'Rewritten quietly' }, 'intruder', model.at);
    await asApp(async () => {
      await decisions().set(decisionKey(h.seq), { ...attributesOf(forged), entry: forged });
      await kvs
        .entity<{ seq: number; hash: string }>(ENTITIES.logHead)
        .set(LOG_HEAD_KEY, { seq: h.seq, hash: forged.hash });
      await kvs.transact().delete(KEYS.logVerification).execute();
    });
    const result = await run('2026-11-21T04:00:00Z');
    expect(result).toMatchObject({ status: 'broken', atSeq: h.seq });
    const shown = await integrity();
    expect(shown.status === 'broken' && shown.reason).toMatch(/^Rewritten since the seal of 2026-11-20/);
  });

  it('the seal issue changelog pages oldest first, per getChangeLogs (startAt, maxResults, total, isLast)', async () => {
    await labelSealIssue();
    await run('2026-11-20T04:00:00Z');
    await run('2026-11-21T04:00:00Z');
    const [issue] = await sealIssue();
    const all = await changelog(issue!.key);
    expect(all).toMatchObject({ total: 2, isLast: true });
    const second = await changelog(issue!.key, { startAt: 1, maxResults: 1 });
    expect(second).toMatchObject({ startAt: 1, maxResults: 1, total: 2, isLast: true });
    expect(second.values[0]!.created.slice(0, 10)).toBe('2026-11-21');
    expect((await changelog(issue!.key, { startAt: 0, maxResults: 1 })).isLast).toBe(false);
  });

  it('every export prints the last seal: date, seq, hash and where (CSV, JSON, PDF, Word)', async () => {
    await labelSealIssue();
    await run();
    const h = await head();
    const [issue] = await sealIssue();
    const sealText = new RegExp(
      `last seal 2026-11-20T04:00:00\\.000\\+0000 #${h.seq} sha256:${h.hash} in Jira ${issue!.key}`,
    );
    const frame = { moduleKey: 'csi-decision-log', accountId: USERS.siteAdmin, pageId: '30001' };
    const config = { projects: ['CSI'], types: [], pageSize: 20 };
    for (const format of ['csv', 'json'] as const) {
      const { envelope } = await invokeAs<{ content: string }>(host, { ...frame, config }, 'macro.exportDecisionLog', {
        format,
      });
      if (!envelope.ok) throw new Error(envelope.error.message);
      expect(envelope.data.content).toMatch(sealText);
    }
    for (const exportType of ['pdf', 'word']) {
      const request: MacroExport = {
        exportType,
        accountId: USERS.siteAdmin,
        content: { id: PAGES.csiReport, type: 'page' },
        space: { id: SPACES.csi.id, key: SPACES.csi.key },
        localId: 'l-1',
        config,
      };
      expect(JSON.stringify(await host.runner.exportMacro('csi-decision-log', request))).toMatch(sealText);
    }
  });
});
