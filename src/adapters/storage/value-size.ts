import { WriteRefusedError } from '../../application/write-refusal';

/**
 * The largest value the app stores, a little under the platform's 240 KiB per value
 * (storage-reference/entities-api and limits: "Maximum value size 240 KiB"), so a write the
 * platform would refuse is refused first, with a message, before anything is written.
 */
export const MAX_VALUE_BYTES = 240 * 1024 - 1024;

/** Throws a `WriteRefusedError` naming `what` when `value` serialises to more than the limit. */
export function assertStorable(value: unknown, what: string): void {
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes <= MAX_VALUE_BYTES) return;
  throw new WriteRefusedError(
    'PRECONDITION_FAILED',
    `${what} would take ${Math.ceil(bytes / 1024)} KiB, more than the ${MAX_VALUE_BYTES / 1024} KiB the app may store in one record. Nothing was saved; shorten the texts and try again.`,
  );
}
