import { draftInitiativeDecision, type DecidedInitiative } from './draft-initiative-decision';

const initiative: DecidedInitiative = {
  subject: { issueKey: 'CSI-6', issueId: '10006', projectKey: 'CSI' },
  score: 61.5,
  recentDecisions: [
    { seq: 14, type: 'pause' },
    { seq: 9, type: 'override' },
  ],
  reopenedFrom: 'terminated',
};
const draft = (input: Parameters<typeof draftInitiativeDecision>[1]) => {
  const result = draftInitiativeDecision(initiative, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('draftInitiativeDecision: the summary people read and the typed payload', () => {
  it.each([
    [
      { type: 'pause' as const, trigger: 'Score fell below 40', rationale: 'r', optionsConsidered: [] },
      'Paused CSI-6: Score fell below 40',
      { trigger: 'Score fell below 40' },
    ],
    [{ type: 'terminate' as const, rationale: 'r', optionsConsidered: ['Continue'] }, 'Terminated CSI-6', {}],
    [{ type: 'resume' as const, rationale: 'r' }, 'Resumed CSI-6', { pausedSeq: 14 }],
    [
      { type: 'reopen' as const, rationale: 'r' },
      'Reopened CSI-6 (was terminated): back under review',
      { fromStage: 'terminated' },
    ],
    [
      {
        type: 'override' as const,
        overridden: 'gate' as const,
        recommended: 'Wait',
        decided: 'Start now',
        rationale: 'r',
        optionsConsidered: [],
      },
      'Override on CSI-6: Start now instead of Wait',
      { overridden: 'gate', recommended: 'Wait', decided: 'Start now' },
    ],
    [
      {
        type: 'checkpoint-decision' as const,
        checkpointName: 'Pilot Gate #1',
        verdict: 'hold' as const,
        recommended: 'go' as const,
        rationale: 'r',
        optionsConsidered: [],
      },
      'Pilot Gate #1: HOLD for CSI-6 (override of GO)',
      {
        checkpointId: 'CSI-6-pilot-gate-1',
        checkpointName: 'Pilot Gate #1',
        verdict: 'hold',
        recommended: 'go',
        override: true,
      },
    ],
    [
      { type: 'pir-completed' as const, outcome: 'partly-met' as const, residualRisks: ['Staffing'], rationale: 'r' },
      'PIR completed for CSI-6: partly met',
      { pirId: 'pir-CSI-6', outcome: 'partly-met', residualRisks: ['Staffing'] },
    ],
    [
      { type: 'correction' as const, correctsSeq: 9, rationale: 'r' },
      'Correction of #9 about CSI-6',
      { correctsSeq: 9 },
    ],
  ])('%j', (input, summary, payload) => {
    const d = draft(input);
    expect(d.type).toBe(input.type);
    expect(d.summary).toBe(summary);
    expect(d.payload).toEqual(payload);
    expect(d.subject).toEqual(initiative.subject);
    expect(d.scoresAtTime).toEqual({ score: 61.5 });
  });

  it('refuses a correction of a decision that is not one of the recent ones, keyed by its field', () => {
    const result = draftInitiativeDecision(initiative, { type: 'correction', correctsSeq: 3, rationale: 'r' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error.fieldErrors ?? {})).toEqual(['correctsSeq']);
  });

  it('keeps a long summary within the log limit of 300 characters', () => {
    const long = draft({ type: 'pause', trigger: 'x'.repeat(500), rationale: 'r', optionsConsidered: [] });
    expect(long.summary).toHaveLength(300);
  });
});
