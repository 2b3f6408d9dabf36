import type { InitiativeClass } from './classify';
import { portfolioBalance } from './portfolio-balance';

const band = { min: 30, max: 60 };
const mix = (quickWins: number, others: number): InitiativeClass[] => [
  ...Array<InitiativeClass>(quickWins).fill('quick-win'),
  ...Array<InitiativeClass>(others).fill('standard'),
];

describe('portfolioBalance', () => {
  it.each([
    [1, 3, 25, 'below'],
    [3, 7, 30, 'within'],
    [1, 1, 50, 'within'],
    [3, 2, 60, 'within'],
    [2, 1, 66.7, 'above'],
    [4, 0, 100, 'above'],
    [0, 3, 0, 'below'],
  ])('%p quick wins and %p others give %p %% (%s)', (quickWins, others, share, position) => {
    expect(portfolioBalance(mix(quickWins, others), band)).toMatchObject({
      quickWinShare: share,
      activeCount: quickWins + others,
      quickWins,
      position,
    });
  });

  it('is empty, not NaN, with no active initiatives', () => {
    expect(portfolioBalance([], band)).toEqual({
      quickWinShare: null,
      activeCount: 0,
      quickWins: 0,
      unclassified: 0,
      position: 'empty',
    });
  });

  it('counts unclassified initiatives as active and reports them', () => {
    expect(portfolioBalance(['quick-win', 'unclassified'], band)).toMatchObject({
      quickWinShare: 50,
      unclassified: 1,
    });
  });
});
