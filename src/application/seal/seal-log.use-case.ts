import { sealValue, utcDay, type LastSeal, type SealReading } from './seal';

export interface SealPorts {
  /** Claims `day` for one seal (false when another run claimed it). */
  claim(day: string): Promise<boolean>;
  /** Gives a claim back when the seal could not be written. */
  release(day: string): Promise<void>;
  /** Writes the seal text to the witness; answers where, and when the witness recorded it. */
  write(value: string): Promise<{ where: string; sealedAt: string }>;
  /** Remembers the last seal in the app's storage (for exports and to notice a replaced witness). */
  remember(seal: LastSeal): Promise<void>;
}

export type SealOutcome = { sealed: true; seal: LastSeal } | { sealed: false; reason: string };

/**
 * Seals a verified log's head at most once per UTC day: not when the witness already holds a seal
 * of that day (read back, so a rewritten storage cannot make it seal twice), and not when another
 * run claimed the day in storage (duplicated scheduled deliveries).
 */
export async function sealLogIfDue(
  ports: SealPorts,
  reading: SealReading,
  head: { seq: number; hash: string },
  now: string,
): Promise<SealOutcome> {
  const day = utcDay(now);
  if (head.seq === 0) return { sealed: false, reason: 'The log is empty' };
  if (reading.seals.some((s) => utcDay(s.sealedAt) === day)) return { sealed: false, reason: `Sealed on ${day}` };
  if (!(await ports.claim(day))) return { sealed: false, reason: `Another run seals ${day}` };
  try {
    const written = await ports.write(sealValue(head.seq, head.hash, day));
    const seal = { seq: head.seq, hash: head.hash, day, ...written };
    await ports.remember(seal);
    return { sealed: true, seal };
  } catch (error) {
    await ports.release(day);
    throw error;
  }
}
