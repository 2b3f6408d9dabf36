import { draftRejection } from './draft-rejection';

const initiative = { subject: { issueKey: 'CSI-6', issueId: '10006', projectKey: 'CSI' }, score: 41 };

describe('draftRejection: the summary people read and the typed payload', () => {
  it.each([
    ['not-aligned', 'Rejected CSI-6: not aligned with strategy'],
    ['low-value', 'Rejected CSI-6: low value'],
    ['no-capacity', 'Rejected CSI-6: no capacity'],
    ['other', 'Rejected CSI-6: other reason'],
  ] as const)('names the reason %s in the summary', (reasonCategory, summary) => {
    const draft = draftRejection(initiative, { reasonCategory, rationale: 'r', optionsConsidered: [] });
    expect(draft.summary).toBe(summary);
    expect(draft.payload).toEqual({ reasonCategory });
  });

  it('keeps the rationale, the options considered, the score at the time and what would reopen it', () => {
    const draft = draftRejection(initiative, {
      reasonCategory: 'duplicate',
      rationale: 'Same as CSI-2',
      optionsConsidered: ['Merge into CSI-2', 'Keep both'],
      revisitIf: 'CSI-2 is cancelled',
    });
    expect(draft).toEqual({
      type: 'proposal-rejected',
      subject: { issueKey: 'CSI-6', issueId: '10006', projectKey: 'CSI' },
      summary: 'Rejected CSI-6: duplicate',
      rationale: 'Same as CSI-2',
      optionsConsidered: ['Merge into CSI-2', 'Keep both'],
      scoresAtTime: { score: 41 },
      revisitIf: 'CSI-2 is cancelled',
      payload: { reasonCategory: 'duplicate' },
    });
  });

  it('leaves revisitIf out when it is empty', () => {
    const draft = draftRejection(initiative, {
      reasonCategory: 'superseded',
      rationale: 'r',
      optionsConsidered: [],
      revisitIf: '',
    });
    expect('revisitIf' in draft).toBe(false);
  });
});
