import { statusForStage, type StageStatusMap } from './stage-status-map';
import { stagesForStatus } from './stages-for-status';

const MAP: StageStatusMap = [
  { stage: 'piloting', status: 'In Progress' },
  { stage: 'piloting', status: 'Piloting' },
  { stage: 'done', status: 'Done' },
  { stage: 'closed', status: 'Done' },
  { stage: 'closed', status: 'Closed' },
];

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
