import { withoutBlankStrings } from './entity-attributes';

describe('withoutBlankStrings', () => {
  it('leaves out empty and whitespace-only string attributes, and keeps everything else', () => {
    const value = { issueKey: '', status: ' \t', projectKey: 'CSI', score: 0, active: false, data: { note: '' } };
    expect(withoutBlankStrings(value)).toEqual({ projectKey: 'CSI', score: 0, active: false, data: { note: '' } });
  });
});
