import { sealLogIfDue, type SealPorts } from './seal-log.use-case';
import type { LastSeal, Seal } from './seal';

const hash = 'a'.repeat(64);

/** In-memory ports: claims per day, a witness that records every written value. */
function memory(fail = false) {
  const claims = new Set<string>();
  const written: string[] = [];
  let remembered: LastSeal | undefined;
  const ports: SealPorts = {
    claim: (day) => Promise.resolve(claims.has(day) ? false : (claims.add(day), true)),
    release: (day) => Promise.resolve(void claims.delete(day)),
    write: (value) =>
      fail
        ? Promise.reject(new Error('Jira down'))
        : Promise.resolve((written.push(value), { where: 'OPS-5', sealedAt: '2026-06-01T04:00:00.000+0000' })),
    remember: (seal) => Promise.resolve(void (remembered = seal)),
  };
  return { ports, claims, written, remembered: () => remembered };
}

describe('sealLogIfDue', () => {
  it('seals a head once per UTC day, and not an empty log', async () => {
    const m = memory();
    const first = await sealLogIfDue(m.ports, { where: 'OPS-5', seals: [] }, { seq: 4, hash }, '2026-06-01T04:00:00Z');
    expect(first).toMatchObject({ sealed: true, seal: { seq: 4, day: '2026-06-01', where: 'OPS-5' } });
    expect(m.written).toEqual([`csi-log-seal #4 sha256:${hash} 2026-06-01`]);
    expect(m.remembered()).toMatchObject({ seq: 4 });
    // A duplicated run the same day loses the claim even if it has not seen the seal yet.
    expect(
      await sealLogIfDue(m.ports, { where: 'OPS-5', seals: [] }, { seq: 4, hash }, '2026-06-01T09:00:00Z'),
    ).toMatchObject({ sealed: false });
    expect(
      await sealLogIfDue(m.ports, { where: null, seals: [] }, { seq: 0, hash }, '2026-06-02T04:00:00Z'),
    ).toMatchObject({ sealed: false });
    expect(m.written).toHaveLength(1);
  });

  it('does not seal when the witness already holds a seal of the day (storage claims lost)', async () => {
    const m = memory();
    const today: Seal = { seq: 3, hash, sealedAt: '2026-06-01T00:10:00.000+0000', where: 'OPS-5' };
    expect(
      await sealLogIfDue(m.ports, { where: 'OPS-5', seals: [today] }, { seq: 4, hash }, '2026-06-01T23:00:00Z'),
    ).toMatchObject({ sealed: false });
    expect(m.claims.size).toBe(0);
  });

  it('gives the claim back when the witness cannot be written, so a later run seals', async () => {
    const m = memory(true);
    await expect(
      sealLogIfDue(m.ports, { where: 'OPS-5', seals: [] }, { seq: 4, hash }, '2026-06-01T04:00:00Z'),
    ).rejects.toThrow('Jira down');
    expect(m.claims.size).toBe(0);
  });
});
