import { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { appendDecision, allDecisions, readHead } from '../../src/adapters/storage/decision-log.repository';
import { verifyChain } from '../../src/domain/decision-log/verify-chain';
import type { DecisionDraft } from '../../src/domain/decision-log/decision-entry';
import { recordDecision } from '../../src/application/decisions/record-decision.use-case';
import { decisionsAdapter } from '../../src/adapters/deps';
import { DECISION_LOG_CONFIG } from '../support/resolver-fixtures';
import { invokeAs, seededHost } from '../support/seeded-host';
import type { DecisionLogPage } from '../../src/contracts/decision-log.contract';

const draft = (appender: number, n: number): DecisionDraft => ({
  type: 'pause',
  subject: { issueKey: 'CSI-1', issueId: '10001', projectKey: 'CSI' },
  summary: `appender ${appender} entry ${n}`,
  rationale: 'Concurrency test',
  optionsConsidered: [],
  payload: {},
});

describe('appending to the decision log', () => {
  it('50 concurrent appenders x 20 entries make one linear chain with no gaps or duplicates', async () => {
    const host = new LocalHost({ dbFile: ':memory:' });
    await Promise.all(
      Array.from({ length: 50 }, (_, appender) =>
        host.runtime.run('test', `appender-${appender}`, USERS.csiAdmin, undefined, async () => {
          for (let n = 0; n < 20; n += 1) {
            await appendDecision(
              draft(appender, n),
              { accountId: USERS.csiAdmin, displayName: 'Chen' },
              new Date().toISOString(),
            );
          }
        }),
      ),
    );
    const { entries, head } = await host.runtime.run('test', 'read', undefined, undefined, async () => {
      const all: unknown[] = [];
      for await (const page of allDecisions()) all.push(...page.map((p) => p.entry));
      return { entries: all, head: await readHead() };
    });
    const seqs = entries.map((e) => (e as { seq: number }).seq);
    expect(seqs).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(head.seq).toBe(1000);
    expect(verifyChain(entries, head)).toMatchObject({ status: 'verified', throughSeq: 1000, count: 1000 });
    const summaries = new Set(entries.map((e) => (e as { summary: string }).summary));
    expect(summaries.size).toBe(1000);
    host.close();
  }, 120_000);
});

describe('the decision-log macro and project access', () => {
  let host: LocalHost;
  beforeAll(async () => {
    host = await seededHost();
    const ops = host.store.issues.list().find((i) => i.key.startsWith('OPS-'));
    if (!ops) throw new Error('no OPS issue');
    await host.runtime.run('test', 'ops-decision', USERS.siteAdmin, undefined, async () => {
      const r = await recordDecision(
        decisionsAdapter,
        {
          ...draft(0, 0),
          summary: 'Secret OPS decision',
          subject: { issueKey: ops.key, issueId: String(ops.id), projectKey: 'OPS' },
        },
        { accountId: USERS.siteAdmin, displayName: 'Ada Admin' },
        new Date().toISOString(),
      );
      if (!r.ok) throw new Error(r.error.message);
    });
  }, 120_000);
  afterAll(() => host.close());

  const frame = (accountId: string, projects: string[]) => ({
    moduleKey: 'csi-decision-log',
    accountId,
    pageId: '30001',
    config: { ...DECISION_LOG_CONFIG, projects },
  });

  it('a reader who cannot browse OPS sees none of its entries, and is told some are hidden', async () => {
    const { envelope } = await invokeAs<DecisionLogPage>(
      host,
      frame(USERS.viewer, ['CSI', 'OPS']),
      'macro.decisionLog',
      { search: 'secret' },
    );
    expect(envelope.ok && envelope.data.entries).toEqual([]);
    expect(envelope.ok && envelope.data.hiddenProjects).toBe(1);
    const all = await invokeAs<DecisionLogPage>(host, frame(USERS.viewer, ['CSI', 'OPS']), 'macro.decisionLog', {});
    expect(
      all.envelope.ok && all.envelope.data.entries.every((e) => e.subject === null || e.subject.projectKey === 'CSI'),
    ).toBe(true);
  });

  it('a reader who can browse OPS sees its entry', async () => {
    const { envelope } = await invokeAs<DecisionLogPage>(
      host,
      frame(USERS.siteAdmin, ['CSI', 'OPS']),
      'macro.decisionLog',
      { search: 'secret' },
    );
    expect(envelope.ok && envelope.data.entries.map((e) => e.summary)).toEqual(['Secret OPS decision']);
  });

  it('a reader who can browse none of the configured projects gets a clear refusal', async () => {
    const { envelope } = await invokeAs(host, frame(USERS.viewer, ['OPS']), 'macro.decisionLog', {});
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'You cannot browse the Jira projects this decision log is about.' },
    });
  });

  it.each([
    ['a missing configuration', undefined, 'PRECONDITION_FAILED', /not configured yet/],
    ['a tampered configuration', { projects: 'CSI; DROP' }, 'INVALID_INPUT', /configuration is not valid \(projects/],
    ['an out-of-range page size', { projects: ['CSI'], pageSize: 5000 }, 'INVALID_INPUT', /pageSize/],
  ])('%s renders a specific message, not a blank frame', async (_name, config, code, message) => {
    const { envelope, writes } = await invokeAs(
      host,
      { moduleKey: 'csi-decision-log', accountId: USERS.viewer, pageId: '30001', config },
      'macro.decisionLog',
      {},
    );
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe(code);
    expect(envelope.ok ? '' : envelope.error.message).toMatch(message);
    expect(writes).toEqual({ kvs: 0, rest: 0 });
  });
});

describe('rejecting an initiative after a half-finished rejection', () => {
  it('finishes the logged rejection instead of logging the same decision twice', async () => {
    const host = await seededHost();
    const issue = host.store.issues.find('CSI-20');
    if (!issue) throw new Error('CSI-20 missing');
    const subject = { issueKey: issue.key, issueId: String(issue.id), projectKey: 'CSI' };
    // The log has the rejection, but the record was never marked (its write failed).
    const logged = await host.runtime.run('test', 'half-rejection', USERS.csiAdmin, undefined, () =>
      recordDecision(
        decisionsAdapter,
        {
          type: 'proposal-rejected',
          subject,
          summary: `Rejected ${issue.key}: duplicate`,
          rationale: 'Same as CSI-4',
          optionsConsidered: [],
          payload: { reasonCategory: 'duplicate' },
        },
        { accountId: USERS.csiAdmin, displayName: 'Chen Okafor' },
        new Date().toISOString(),
      ),
    );
    if (!logged.ok) throw new Error(logged.error.message);
    const { envelope } = await invokeAs<{ rejection: { seq: number; rationale: string } | null }>(
      host,
      { moduleKey: 'csi-issue-panel', accountId: USERS.csiAdmin, issueKey: 'CSI-20' },
      'issuePanel.reject',
      { reasonCategory: 'low-value', rationale: 'Trying again after an error', optionsConsidered: [] },
    );
    expect(envelope.ok && envelope.data.rejection).toMatchObject({ seq: logged.value.seq, rationale: 'Same as CSI-4' });
    const head = await host.runtime.run('test', 'head', undefined, undefined, readHead);
    expect(head.seq).toBe(logged.value.seq);
    host.close();
  }, 120_000);
});
