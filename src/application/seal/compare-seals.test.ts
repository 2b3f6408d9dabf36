import { compareWithSeals } from './compare-seals';
import type { Seal } from './seal';

const h = (c: string) => c.repeat(64);
const seal = (seq: number, hash: string, day = '2026-06-01'): Seal => ({
  seq,
  hash,
  sealedAt: `${day}T04:00:00.000+0000`,
  where: 'OPS-5',
});
/** A stored log whose entry n has hash h(String(n % 10)). */
const stored = (seq: number) => Promise.resolve(h(String(seq % 10)));

describe('compareWithSeals', () => {
  it('holds when the sealed entries are still in the log with their hashes', async () => {
    const reading = { where: 'OPS-5', seals: [seal(3, h('3')), seal(7, h('7'), '2026-06-02')] };
    expect(await compareWithSeals(reading, { seq: 9, hash: h('9') }, stored)).toBeUndefined();
    expect(await compareWithSeals({ where: null, seals: [] }, { seq: 1, hash: h('1') }, stored)).toBeUndefined();
  });

  it.each([
    [
      'the log ends before the newest seal',
      [seal(7, h('7'))],
      { seq: 5, hash: h('5') },
      6,
      /^Truncated since the seal of 2026-06-01 in OPS-5 \(#7 /,
    ],
    ['another entry sits at the sealed seq', [seal(7, h('x'))], { seq: 9, hash: h('9') }, 7, /^Rewritten since/],
    ['the head entry differs from the sealed head', [seal(9, h('x'))], { seq: 9, hash: h('9') }, 9, /^Rewritten since/],
    // A later seal of a lower seq (the log was moved back and resealed) does not hide the higher one.
    [
      'a higher seal than the newest is gone',
      [seal(8, h('8')), seal(4, h('4'), '2026-06-02')],
      { seq: 4, hash: h('4') },
      5,
      /#8 .*ends at #4/,
    ],
  ])('is broken when %s', async (_label, seals, tip, atSeq, message) => {
    expect(await compareWithSeals({ where: 'OPS-5', seals }, tip, stored)).toMatchObject({
      atSeq,
      message: expect.stringMatching(message),
    });
  });

  it('is broken when the seal the app remembers is not in the witness', async () => {
    const remembered = { ...seal(7, h('7')), day: '2026-06-01' };
    const found = await compareWithSeals({ where: 'OPS-6', seals: [], remembered }, { seq: 9, hash: h('9') }, stored);
    expect(found?.message).toMatch(/seal of 2026-06-01 \(#7\) is missing from OPS-6/);
  });
});
