import { WriteRefusedError } from '../write-refusal';

/**
 * The largest value the storage adapters write, as `src/adapters/storage/value-size.ts` declares it
 * (a little under the platform's 240 KiB per value): a write past it is refused before anything is
 * written, with `PRECONDITION_FAILED`, as the real repositories refuse it.
 */
export const MAX_VALUE_BYTES = 240 * 1024 - 1024;

/** Throws the refusal the real repositories throw when `value` is too large to store. */
export function assertFits(value: unknown, what: string): void {
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  if (bytes <= MAX_VALUE_BYTES) return;
  throw new WriteRefusedError(
    'PRECONDITION_FAILED',
    `${what} would take ${Math.ceil(bytes / 1024)} KiB, more than the app may store in one record. Nothing was saved.`,
  );
}

/** A stored copy: what is read back is never the object the caller holds (storage serialises). */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
