import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import type { StoredWorkflowMap } from '../lifecycle-settings/lifecycle-settings.ports';
import { newInitiative } from '../scoring/new-initiative';
import { checkTransition } from './check-transition.use-case';

const MAP: StoredWorkflowMap = {
  version: 3,
  projectKey: 'CSI',
  stages: [
    { stage: 'under-review', status: 'Under Review' },
    { stage: 'approved', status: 'Approved' },
    { stage: 'piloting', status: 'In Progress' },
  ],
  gates: [{ status: 'In Progress', conditions: ['dependency-review-done'] }],
  changedBy: null,
  changedAt: null,
};
const record = (over: Partial<InitiativeRecord>): InitiativeRecord => ({
  ...newInitiative(
    {
      id: '1',
      key: 'CSI-1',
      projectKey: 'CSI',
      summary: 's',
      status: 'Approved',
      statusCategory: 'new',
      issueType: 'Improvement',
      owner: null,
    },
    defaultScoringConfig(),
  ),
  ...over,
});
const ports = (rec: InitiativeRecord | undefined, map: StoredWorkflowMap = MAP, takesPart = true) => ({
  workflowMap: () => Promise.resolve(map),
  readWithInitiative: () => Promise.resolve({ record: rec, pilot: undefined }),
  today: () => '2026-12-02',
  takesPart: () => Promise.resolve(takesPart),
});

describe('checkTransition', () => {
  it('keeps the built-in gate while no mapping is saved', async () => {
    const answer = await checkTransition(ports(record({}), { ...MAP, version: 0 }), '1', 'In Progress');
    expect(answer).toMatchObject({ result: false, errorMessage: expect.stringMatching(/^CSI gate: rate /) });
    expect(await checkTransition(ports(record({}), { ...MAP, version: 0 }), '1', 'Approved')).toEqual({ result: true });
  });

  it('asks the configured conditions of a move into the gated status', async () => {
    expect(await checkTransition(ports(record({})), '1', 'In Progress')).toEqual({
      result: false,
      errorMessage: 'CSI gate: mark the dependency review done in the CSI panel (Dependencies).',
    });
  });

  it('lets the app bring Jira to the status its stage already maps to without asking again', async () => {
    const resumed = record({ lifecycle: { stage: 'piloting', since: '2026-12-01T00:00:00Z', latestVerdict: 'go' } });
    expect(await checkTransition(ports(resumed), '1', 'In Progress')).toEqual({ result: true });
  });

  it('judges from the source status when the copy is one event behind', async () => {
    const behind = record({ status: 'Under Review', lifecycle: undefined });
    // From Under Review, In Progress is refused; Jira is really at Approved already.
    expect(await checkTransition(ports(behind), '1', 'Approved', 'Under Review')).toEqual({ result: true });
    expect((await checkTransition(ports(behind), '1', 'In Progress', 'Approved')).errorMessage).toBe(
      'CSI gate: mark the dependency review done in the CSI panel (Dependencies).',
    );
    expect((await checkTransition(ports(behind), '1', 'In Progress')).errorMessage).toMatch(
      /This initiative is under review: it cannot start the pilot/,
    );
  });

  it('applies only the conditions to an issue the app has no record of', async () => {
    expect((await checkTransition(ports(undefined), '1', 'In Progress')).errorMessage).toMatch(/dependency review/);
    expect(await checkTransition(ports(undefined), '1', 'Approved')).toEqual({ result: true });
    // An issue of a type that does not take part (a PIR action's Task) is not the gate's business.
    expect(await checkTransition(ports(undefined, MAP, false), '1', 'In Progress')).toEqual({ result: true });
    expect(await checkTransition(ports(undefined, { ...MAP, version: 0 }, false), '1', 'In Progress')).toEqual({
      result: true,
    });
  });
});
