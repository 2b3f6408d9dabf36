/* eslint-disable @typescript-eslint/require-await -- the in-memory fakes answer at once behind async ports */
import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import { proposeImprovement } from './propose-improvement.use-case';
import type { ProposalRecord, ProposeDeps } from './propose.ports';

/** In-memory ports: a Jira that counts creates and links, and a request store. */
function fakes(records = new Map<string, ProposalRecord>()) {
  const calls = { create: 0, link: 0 };
  const deps: ProposeDeps = {
    settings: {
      load: async () => ({ config: { ...defaultScoringConfig(), enabledIssueTypes: ['Improvement'] }, csiAdmins: [] }),
    },
    jira: {
      source: async (key) => ({ key, summary: 'Backups fail', issueType: 'Bug' }),
      creatableProjects: async () => [{ id: '1', key: 'CSI', name: 'CSI' }],
      project: async (key) => (key === 'CSI' ? { id: '1', key, name: 'CSI', canCreate: true } : undefined),
      create: async () => ({ ok: true, id: String(100 + ++calls.create), key: `CSI-${calls.create}` }),
      link: async () => (++calls.link, true),
    },
    requests: {
      key: (a, r) => `request:${a}:${r}`,
      get: async (k) => records.get(k),
      claim: async (k, r) => (records.has(k) ? false : (records.set(k, r), true)),
      save: async (k, r) => void records.set(k, r),
      release: async (k) => void records.delete(k),
    },
    now: () => '2026-12-02T00:00:00.000Z',
  };
  return { deps, calls, records };
}

const caller = { accountId: 'u-1', source: { key: 'OPS-3' } };
const input = {
  summary: 'Alert',
  why: 'Unnoticed',
  targetProject: 'CSI',
  issueType: 'Improvement',
  requestId: 'req-00001',
};

describe('proposeImprovement', () => {
  it('creates and links once for a request id, and a retry only answers', async () => {
    const { deps, calls } = fakes();
    const first = await proposeImprovement(deps, caller, input);
    const retry = await proposeImprovement(deps, caller, input);
    expect(first).toEqual(retry);
    expect(calls).toEqual({ create: 1, link: 1 });
  });
  it('links on retry a proposal whose link failed the first time', async () => {
    const { deps, calls, records } = fakes();
    records.set('request:u-1:propose-req-00001', {
      sourceKey: 'OPS-3',
      at: 'x',
      proposal: { id: '9', key: 'CSI-9' },
      linked: false,
    });
    const retry = await proposeImprovement(deps, caller, input);
    expect(retry).toEqual({
      ok: true,
      value: { proposal: { id: '9', key: 'CSI-9' }, sourceKey: 'OPS-3', linked: true },
    });
    expect(calls).toEqual({ create: 0, link: 1 });
  });
  it.each([
    ['still being created', { sourceKey: 'OPS-3', at: 'x' }],
    ['used for another issue', { sourceKey: 'OPS-1', at: 'x', proposal: { id: '9', key: 'CSI-9' } }],
  ])('refuses a request id %s with CONFLICT and creates nothing', async (_name, record) => {
    const { deps, calls, records } = fakes();
    records.set('request:u-1:propose-req-00001', record);
    const answer = await proposeImprovement(deps, caller, input);
    expect(answer.ok ? 'ok' : answer.error.code).toBe('CONFLICT');
    expect(calls.create).toBe(0);
  });
  it('releases the claim when Jira refuses the create, so a corrected retry can create', async () => {
    const { deps, records } = fakes();
    deps.jira.create = async () => ({ ok: false, status: 400, message: 'Bad', fieldErrors: { summary: ['Too long'] } });
    const answer = await proposeImprovement(deps, caller, input);
    expect(answer.ok ? 'ok' : answer.error).toEqual({
      code: 'INVALID_INPUT',
      message: 'Bad',
      fieldErrors: { summary: ['Too long'] },
    });
    expect(records.size).toBe(0);
  });
});
