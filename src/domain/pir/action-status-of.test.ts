import { actionStatusOf } from './action-status-of';

describe('actionStatusOf', () => {
  it.each([
    ['new', 'To Do', null, 'open'],
    ['indeterminate', 'In Progress', null, 'open'],
    ['indeterminate', 'Rejected', null, 'open'],
    ['new', 'Open', "Won't Do", 'open'],
    ['done', 'Done', null, 'done'],
    ['done', 'Done', 'Done', 'done'],
    ['done', 'Closed', 'Fixed', 'done'],
    ['done', 'Done', "Won't Do", 'wont-do'],
    ['done', 'Done', 'Won’t Do', 'wont-do'],
    ['done', 'Done', 'wont do', 'wont-do'],
    ['done', 'Done', 'Duplicate', 'wont-do'],
    ['done', 'Done', 'Declined', 'wont-do'],
    ['done', 'Done', 'Cannot Reproduce', 'wont-do'],
    ['done', 'Rejected', null, 'wont-do'],
    ['done', 'Cancelled', null, 'wont-do'],
    ['done', 'Canceled', null, 'wont-do'],
    // A resolution, when there is one, says more than the status's name.
    ['done', 'Rejected', 'Done', 'done'],
    ['done', 'Not rejected', null, 'done'],
  ] as const)('%s / %s / %s is %s', (statusCategory, statusName, resolution, expected) => {
    expect(actionStatusOf({ statusCategory, statusName, resolution })).toBe(expected);
  });
});
