import { statusForStage, type StageStatusMap } from './stage-status-map';
import { stagesForStatus } from './stages-for-status';

const MAP: StageStatusMap = { piloting: ['In Progress', 'Piloting'], done: ['Done'], closed: ['Done', 'Closed'] };

describe('statusForStage', () => {
  it.each([
    ['piloting', 'In Progress'],
    ['closed', 'Done'],
    ['paused', null],
  ] as const)('moves %s to %p', (stage, status) => {
    expect(statusForStage(MAP, stage)).toBe(status);
  });
});

describe('stagesForStatus', () => {
  it.each([
    ['Piloting', ['piloting']],
    ['Done', ['done', 'closed']],
    ['Closed', ['closed']],
    ['done', []],
    ['Backlog', []],
  ] as const)('reads %p as %p', (status, stages) => {
    expect(stagesForStatus(MAP, status)).toEqual(stages);
  });
});
