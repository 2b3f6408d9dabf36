import { configChanges } from './config-changes';
import { defaultScoringConfig } from './default-scoring-config';
import { draftConfigChange } from './draft-config-change';

describe('draftConfigChange', () => {
  it('names the new version and the first change, and counts the others', () => {
    const draft = draftConfigChange(
      3,
      4,
      ['Weight of Risk 2 → 3', 'Renamed Cost to Effort', 'Criteria reordered'],
      'Q1',
    );
    expect(draft).toEqual({
      type: 'scoring-config-changed',
      subject: null,
      summary: 'Scoring configuration v4: Weight of Risk 2 → 3 (+2 more)',
      rationale: 'Q1',
      optionsConsidered: [],
      payload: {
        fromVersion: 3,
        toVersion: 4,
        changes: ['Weight of Risk 2 → 3', 'Renamed Cost to Effort', 'Criteria reordered'],
      },
    });
  });

  it('has no count for a single change', () => {
    expect(draftConfigChange(1, 2, ['MVI threshold 10 % → 15 %'], 'r').summary).toBe(
      'Scoring configuration v2: MVI threshold 10 % → 15 %',
    );
  });
});

describe('configChanges', () => {
  const before = defaultScoringConfig();
  const [first, second] = before.criteria;
  if (!first || !second) throw new Error('The default configuration has at least two criteria');

  it('lists a weight change, a rename and a removed criterion', () => {
    const after = {
      ...before,
      criteria: [{ ...first, weight: first.weight + 1, name: 'Renamed one' }, ...before.criteria.slice(2)],
    };
    expect(configChanges(before, after)).toEqual([
      `Weight of Renamed one ${first.weight} → ${first.weight + 1}`,
      `Renamed ${first.name} to Renamed one`,
      `Removed criterion ${second.name}`,
    ]);
  });

  it('lists each issue type added or removed on its own line', () => {
    const withTwo = { ...before, enabledIssueTypes: ['Improvement', 'Problem'] };
    const after = { ...before, enabledIssueTypes: ['Incident follow-up', 'Problem'] };
    expect(configChanges(withTwo, after)).toEqual([
      'Issue type Incident follow-up now takes part',
      'Issue type Improvement no longer takes part',
    ]);
  });

  it('says a save without a rule change saved again', () => {
    expect(configChanges(before, before)).toEqual(['No rule changed (saved again)']);
  });
});
