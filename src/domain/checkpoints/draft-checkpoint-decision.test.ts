import { draftCheckpointDecision, draftOverrideConfirmation } from './draft-checkpoint-decision';

const initiative = { subject: { issueKey: 'CSI-6', issueId: '10006', projectKey: 'CSI' }, score: 72.5 };
const week4 = { id: 'cp-4', name: 'Week 4' };

describe('draftCheckpointDecision', () => {
  it('reads the verdict in capitals and carries the checkpoint in the payload', () => {
    const draft = draftCheckpointDecision(initiative, week4, {
      verdict: 'no-go',
      recommended: 'no-go',
      override: false,
      rationale: 'MTTR rose',
    });
    expect(draft).toEqual({
      type: 'checkpoint-decision',
      subject: initiative.subject,
      summary: 'Week 4: NO-GO for CSI-6',
      rationale: 'MTTR rose',
      optionsConsidered: [],
      scoresAtTime: { score: 72.5 },
      payload: {
        checkpointId: 'cp-4',
        checkpointName: 'Week 4',
        verdict: 'no-go',
        recommended: 'no-go',
        override: false,
      },
    });
  });

  it('says that an override awaits its confirmation', () => {
    const draft = draftCheckpointDecision(initiative, week4, {
      verdict: 'go',
      recommended: 'hold',
      override: true,
      rationale: 'r',
    });
    expect(draft.summary).toBe('Week 4: GO for CSI-6 (override of HOLD, awaiting confirmation)');
  });

  it('cuts a summary of a long checkpoint name at 300 characters', () => {
    const long = { id: 'cp-9', name: 'n'.repeat(290) };
    const draft = draftCheckpointDecision(initiative, long, {
      verdict: 'go',
      recommended: 'go',
      override: false,
      rationale: 'r',
    });
    expect(draft.summary).toHaveLength(300);
  });
});

describe('draftOverrideConfirmation', () => {
  it('names the decision confirmed, its decider and the checkpoint', () => {
    const draft = draftOverrideConfirmation(initiative, week4, {
      verdict: 'go',
      recommended: 'no-go',
      override: true,
      rationale: 'Vendor fix landed',
      seq: 31,
      decider: 'Dana Lead',
    });
    expect(draft).toEqual({
      type: 'override',
      subject: initiative.subject,
      summary: 'Override confirmed on CSI-6: Week 4 GO instead of NO-GO',
      rationale: 'Second CSI admin confirms #31 by Dana Lead: Vendor fix landed',
      optionsConsidered: [],
      scoresAtTime: { score: 72.5 },
      payload: { overridden: 'checkpoint-recommendation', recommended: 'no-go', decided: 'go', referenceId: 'cp-4' },
    });
  });

  it('keeps the rationale within the log limit of 4,000 characters', () => {
    const draft = draftOverrideConfirmation(initiative, week4, {
      verdict: 'go',
      recommended: 'hold',
      override: true,
      rationale: 'x'.repeat(4000),
      seq: 2,
      decider: 'D',
    });
    expect(draft.rationale).toHaveLength(4000);
  });
});
