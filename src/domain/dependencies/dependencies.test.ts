import type { DependencyReview } from './dependency-review';
import { findOverlaps, type ServiceFootprint } from './find-overlaps';
import { isDependencyReviewCurrent } from './is-dependency-review-current';
import { recordDependencyReview } from './record-dependency-review';

const mine: ServiceFootprint = { id: '1', key: 'CSI-1', services: ['vpn', 'mail', 'desk'], active: true };
const other = (id: string, services: string[], active = true): ServiceFootprint => ({
  id,
  key: `CSI-${id}`,
  services,
  active,
});

describe('findOverlaps', () => {
  it('lists active initiatives sharing services, most shared first, then by key', () => {
    const others = [
      other('5', ['mail']),
      other('2', ['hr']),
      other('3', ['vpn', 'desk', 'hr']),
      other('4', ['vpn'], false),
      other('1', ['vpn']),
      other('12', ['desk', 'desk']),
    ];
    expect(findOverlaps(mine, others)).toEqual([
      { id: '3', key: 'CSI-3', services: ['desk', 'vpn'] },
      { id: '12', key: 'CSI-12', services: ['desk'] },
      { id: '5', key: 'CSI-5', services: ['mail'] },
    ]);
  });

  it('is empty for an initiative naming no services', () => {
    expect(findOverlaps({ ...mine, services: [] }, [other('2', ['vpn'])])).toEqual([]);
  });
});

describe('recordDependencyReview', () => {
  const review: DependencyReview = {
    reviewedBy: 'acc-ana',
    reviewedAt: '2026-12-02T10:00:00Z',
    services: ['vpn', 'mail', 'vpn'],
  };

  it('records who and when, with the services sorted once', () => {
    expect(recordDependencyReview(review)).toEqual({ ok: true, value: { ...review, services: ['mail', 'vpn'] } });
  });

  it.each<[string, Partial<DependencyReview>, string]>([
    ['no reviewer', { reviewedBy: '' }, 'reviewedBy'],
    ['a date without a time', { reviewedAt: '2026-12-02' }, 'reviewedAt'],
    ['no services', { services: [] }, 'services'],
    ['a note with a NUL', { note: 'ok\u0000' }, 'note'],
    ['a note too long', { note: 'x'.repeat(2001) }, 'note'],
  ])('refuses %s', (_label, change, path) => {
    const result = recordDependencyReview({ ...review, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error.fieldErrors ?? {})).toEqual([path]);
  });
});

describe('isDependencyReviewCurrent', () => {
  const done: DependencyReview = {
    reviewedBy: 'acc-ana',
    reviewedAt: '2026-12-02T10:00:00Z',
    services: ['mail', 'vpn'],
  };
  it.each([
    ['no review', null, ['vpn'], false],
    ['the same services', done, ['vpn', 'mail'], true],
    ['a service removed since', done, ['vpn'], true],
    ['a service added since', done, ['vpn', 'desk'], false],
  ] as const)('%s: %p', (_label, review, services, expected) => {
    expect(isDependencyReviewCurrent(review, services)).toBe(expected);
  });
});
