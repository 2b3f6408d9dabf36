import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { decisionsAdapter } from '../../src/adapters/deps';
import { getInitiative, updateInitiative } from '../../src/adapters/storage/initiative.repository';
import { KEYS } from '../../src/adapters/storage/keys';
import { loadSettings } from '../../src/adapters/storage/settings.repository';
import { recordDecision } from '../../src/application/decisions/record-decision.use-case';
import type { Envelope } from '../../src/contracts/envelope';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Client request ids on the decision writes, the progress update and the CSI-admin list (issue 8,
 * "Bad input": a retried write with the same id has one effect; UNAVAILABLE means nothing was
 * written or the retry completes it). A decision lands in the log and then in the initiative's
 * copy: the id commits with the log entry, so a retry finds it and completes the copy.
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const run = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const idOf = (key: string) => String(host.store.issues.find(key)!.id);
const admin = (issueKey: string) => ({ moduleKey: 'csi-issue-panel', accountId: USERS.csiAdmin, issueKey });
const editor = (issueKey: string) => ({ moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey });
const terminate = (requestId: string) => ({
  decision: { type: 'terminate', trigger: 'Budget cut', rationale: 'No budget left', optionsConsidered: [] },
  requestId,
});
const rejection = (requestId: string) => ({
  reasonCategory: 'duplicate',
  rationale: 'Covered by another initiative',
  optionsConsidered: ['Merge'],
  requestId,
});
const update = (requestId: string) => ({
  whatChanged: 'Pilot done',
  next: 'Roll out',
  risks: '',
  asks: '',
  rag: 'green',
  requestId,
});

/** The log entries of `type` about an issue, read from the entity's by-issue index. */
async function logged(issueKey: string, type: string): Promise<number[]> {
  return run(async () => {
    const seqs: number[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs
        .entity<{ seq: number; type: string }>('decision')
        .query()
        .index('by-issue', { partition: [issueKey] })
        .where(WhereConditions.greaterThan(0))
        .sort(Sort.ASC)
        .filters(new Filter<{ type: string }>().and('type', FilterConditions.equalTo(type)))
        .limit(100);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      seqs.push(...page.results.map((r) => r.value.seq));
      cursor = page.nextCursor;
    } while (cursor);
    return seqs;
  });
}

/** The initiative's copies of the decisions with these seqs. */
async function copies(issueKey: string, seqs: number[]): Promise<number> {
  const record = await run(() => getInitiative(idOf(issueKey)));
  return (record?.decisions ?? []).filter((d) => seqs.includes(d.seq)).length;
}

/** Calls until one answers ok (storage faults on), then once more with faults off. */
async function retryUntilOk(
  frame: { moduleKey: string; accountId: string; issueKey: string },
  call: string,
  payload: unknown,
) {
  host.runtime.setKnobs({ kvsFaultRate: 0.3, faultRetryAfterSeconds: 0, seed: 11 });
  const answers: string[] = [];
  for (let i = 0; i < 40 && answers.at(-1) !== 'ok'; i += 1) {
    const e = (await host.runner.invokeResolver(host.frames.create(frame), call, payload)) as Envelope<unknown>;
    answers.push(e.ok ? 'ok' : e.error.code);
  }
  host.runtime.setKnobs({ kvsFaultRate: 0 });
  await host.settle();
  expect((await invokeAs(host, frame, call, payload)).envelope.ok).toBe(true);
  return answers;
}

describe('issuePanel.recordDecision with a request id', () => {
  it('decides once: the retry answers ok, writes nothing, and the log has one entry with one copy', async () => {
    const before = await logged('CSI-21', 'terminate');
    expect(
      (await invokeAs(host, admin('CSI-21'), 'issuePanel.recordDecision', terminate('dec-once-0001'))).envelope.ok,
    ).toBe(true);
    const retry = await invokeAs(host, admin('CSI-21'), 'issuePanel.recordDecision', terminate('dec-once-0001'));
    expect(retry.envelope.ok).toBe(true);
    expect(retry.writes).toEqual({ kvs: 0, rest: 0 });
    const seqs = (await logged('CSI-21', 'terminate')).filter((s) => !before.includes(s));
    expect(seqs).toHaveLength(1);
    expect(await copies('CSI-21', seqs)).toBe(1);
  });

  it('a retry after the copy failed finds the appended entry and completes the copy, never appending again', async () => {
    const key = KEYS.request(USERS.csiAdmin, 'dec-half-0001');
    // What a first call left when the log append committed and the copy's write failed.
    await host.runtime.run('test', 'first-call', USERS.csiAdmin, undefined, async () => {
      const { config } = await loadSettings();
      expect(config.enabledIssueTypes).toContain('Improvement');
      const recorded = await recordDecision(
        decisionsAdapter,
        {
          type: 'terminate',
          subject: { issueKey: 'CSI-8', issueId: idOf('CSI-8'), projectKey: 'CSI' },
          summary: 'Terminated CSI-8: Budget cut',
          rationale: 'No budget left',
          optionsConsidered: [],
          payload: { trigger: 'Budget cut' },
        },
        { accountId: USERS.csiAdmin, displayName: 'Chen Okafor' },
        new Date().toISOString(),
        { requestKey: key },
      );
      expect(recorded.ok).toBe(true);
    });
    const seqs = await logged('CSI-8', 'terminate');
    expect(seqs).toHaveLength(1);
    expect(await copies('CSI-8', seqs)).toBe(0);
    expect(
      (await invokeAs(host, admin('CSI-8'), 'issuePanel.recordDecision', terminate('dec-half-0001'))).envelope.ok,
    ).toBe(true);
    expect(await logged('CSI-8', 'terminate')).toEqual(seqs);
    expect(await copies('CSI-8', seqs)).toBe(1);
  });

  it('under storage faults, retried with the same id until ok, leaves exactly one log entry and one copy', async () => {
    const answers = await retryUntilOk(admin('CSI-9'), 'issuePanel.recordDecision', terminate('dec-fault-0001'));
    expect(answers.every((a) => ['ok', 'UNAVAILABLE'].includes(a))).toBe(true);
    const seqs = await logged('CSI-9', 'terminate');
    expect(seqs).toHaveLength(1);
    expect(await copies('CSI-9', seqs)).toBe(1);
  }, 60_000);
});

describe('issuePanel.reject with a request id', () => {
  it('rejects once: the retry answers ok (not CONFLICT) and writes nothing', async () => {
    expect((await invokeAs(host, admin('CSI-15'), 'issuePanel.reject', rejection('rej-once-0001'))).envelope.ok).toBe(
      true,
    );
    const retry = await invokeAs(host, admin('CSI-15'), 'issuePanel.reject', rejection('rej-once-0001'));
    expect(retry.envelope.ok).toBe(true);
    expect(retry.writes).toEqual({ kvs: 0, rest: 0 });
    expect(await logged('CSI-15', 'proposal-rejected')).toHaveLength(1);
  });

  it('under storage faults, retried with the same id until ok, leaves one entry and the record rejected once', async () => {
    await retryUntilOk(admin('CSI-22'), 'issuePanel.reject', rejection('rej-fault-0001'));
    const seqs = await logged('CSI-22', 'proposal-rejected');
    expect(seqs).toHaveLength(1);
    expect(await copies('CSI-22', seqs)).toBe(1);
    expect((await run(() => getInitiative(idOf('CSI-22'))))?.rejection?.seq).toBe(seqs[0]);
  }, 60_000);
});

describe('issuePanel.postUpdate with a request id', () => {
  const stored = async (issueKey: string) =>
    run(async () => {
      const page = await kvs
        .entity<{ update: { id: string } }>('progress-update')
        .query()
        .index('by-issue', { partition: [idOf(issueKey)] })
        .where(WhereConditions.greaterThan(''))
        .limit(100)
        .getMany();
      return page.results.map((r) => r.value.update.id);
    });

  it('posts once: the retry answers ok and writes nothing', async () => {
    const before = (await stored('CSI-12')).length;
    expect((await invokeAs(host, editor('CSI-12'), 'issuePanel.postUpdate', update('upd-once-0001'))).envelope.ok).toBe(
      true,
    );
    const retry = await invokeAs(host, editor('CSI-12'), 'issuePanel.postUpdate', update('upd-once-0001'));
    expect(retry.envelope.ok).toBe(true);
    expect(retry.writes).toEqual({ kvs: 0, rest: 0 });
    expect((await stored('CSI-12')).length).toBe(before + 1);
  });

  it('a retry after the update record failed stores that update (the one the initiative shows), once', async () => {
    const before = await stored('CSI-14');
    // What a first call left when the initiative's change committed with its id and the update record failed.
    const latestUpdate = {
      id: 'r-upd-half-0001',
      at: new Date().toISOString(),
      author: { accountId: USERS.editor, displayName: 'Eli Marsh' },
      whatChanged: 'Pilot done',
      next: 'Roll out',
      risks: '',
      asks: '',
      rag: 'green' as const,
    };
    await run(() =>
      updateInitiative(idOf('CSI-14'), (rec) => ({ ...rec, latestUpdate }), undefined, {
        requestKey: KEYS.request(USERS.editor, 'upd-half-0001'),
      }),
    );
    expect(await stored('CSI-14')).toEqual(before);
    const retry = await invokeAs(host, editor('CSI-14'), 'issuePanel.postUpdate', update('upd-half-0001'));
    expect(retry.envelope.ok).toBe(true);
    expect((await stored('CSI-14')).filter((id) => !before.includes(id))).toEqual(['r-upd-half-0001']);
    expect((await invokeAs(host, editor('CSI-14'), 'issuePanel.postUpdate', update('upd-half-0001'))).writes.kvs).toBe(
      0,
    );
  });

  it('under storage faults, retried with the same id until ok, stores one update, the one the initiative shows', async () => {
    const before = await stored('CSI-13');
    await retryUntilOk(editor('CSI-13'), 'issuePanel.postUpdate', update('upd-fault-0001'));
    const added = (await stored('CSI-13')).filter((id) => !before.includes(id));
    expect(added).toHaveLength(1);
    expect((await run(() => getInitiative(idOf('CSI-13'))))?.latestUpdate?.id).toBe(added[0]);
  }, 60_000);
});

describe('admin.setCsiAdmins with a request id', () => {
  const site = { moduleKey: 'csi-admin-page', accountId: USERS.siteAdmin };
  it('saves once: the retry writes nothing, even after another change of the list', async () => {
    const first = { accountIds: [USERS.csiAdmin, USERS.editor], requestId: 'adm-once-0001' };
    expect((await invokeAs(host, site, 'admin.setCsiAdmins', first)).envelope.ok).toBe(true);
    await invokeAs(host, site, 'admin.setCsiAdmins', { accountIds: [USERS.csiAdmin], requestId: 'adm-once-0002' });
    const retry = await invokeAs(host, site, 'admin.setCsiAdmins', first);
    expect(retry.envelope.ok).toBe(true);
    expect(retry.writes.kvs).toBe(0);
    expect((await run(loadSettings)).csiAdmins).toEqual([USERS.csiAdmin]);
  });
});
