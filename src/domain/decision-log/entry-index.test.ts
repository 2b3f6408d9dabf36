import { buildLog } from '../testing/build-decision-log';
import { appendEntry } from './append-entry';
import { buildDraft } from '../testing/build-decision-log';
import { indexOf, indexProblem } from './entry-index';

const [first] = buildLog(1);
if (!first) throw new Error('no entry');

describe('indexProblem', () => {
  it('accepts an entry stored with the attributes its hashed content implies', () => {
    expect(indexProblem(first, indexOf(first))).toBeNull();
  });

  it.each([
    ['projectKey', 'OPS'],
    ['issueKey', 'OPS-1'],
    ['seq', 99],
    ['type', 'override'],
    ['at', '1999-01-01T00:00:00.000Z'],
    ['text', 'something else'],
  ])('names a %s attribute the hashed entry does not have', (name, value) => {
    expect(indexProblem(first, { ...indexOf(first), [name]: value })).toMatch(new RegExp(name));
  });

  it('compares the decider name once it is hashed, and never trusts it before', () => {
    const named = appendEntry(null, buildDraft(1), 'account-1', first.at, { actorName: 'Chen' });
    expect(indexProblem(named, { ...indexOf(named), actorName: 'Mallory' })).toMatch(/actorName/);
    expect(indexProblem(first, { ...indexOf(first), actorName: 'Mallory' })).toBeNull();
  });

  it('refuses content that does not match its hash, and what is not an entry', () => {
    expect(indexProblem({ ...first, summary: 'edited' }, indexOf(first))).toMatch(/does not match its hash/);
    expect(indexProblem('junk', {})).toMatch(/not an object/);
    expect(indexProblem(null, {})).toMatch(/not an object/);
  });
});
