/**
 * A seal of the decision log's head, written once a day into a place outside the app's storage
 * whose history the app cannot rewrite (the changelog of a Jira issue: see log-seal.ts).
 */
export interface Seal {
  seq: number;
  hash: string;
  /** When the witness recorded it (the changelog entry's `created`, set by Jira, not by the app). */
  sealedAt: string;
  /** Where it is kept, for people to check (the seal issue's key). */
  where: string;
}

/** The last seal as the app remembers it in its own storage (printed in exports). */
export interface LastSeal extends Seal {
  day: string;
}

/** The seals read back from the witness, newest last, and the app's own memory of the last one. */
export interface SealReading {
  where: string | null;
  seals: Seal[];
  remembered?: LastSeal;
}

const PATTERN = /^csi-log-seal #(\d+) sha256:([0-9a-f]{64}) (\d{4}-\d{2}-\d{2})$/;

/**
 * The text written into the seal field: at most 255 characters (a Forge `string` custom field's
 * limit); the day makes each day's value differ, so every seal is a new changelog entry.
 *
 * @example
 * sealValue(12, 'ab…', '2026-06-01'); // 'csi-log-seal #12 sha256:ab… 2026-06-01'
 */
export function sealValue(seq: number, hash: string, day: string): string {
  return `csi-log-seal #${seq} sha256:${hash} ${day}`;
}

/** The seq and hash of a seal text, or undefined when it is not one. */
export function parseSealValue(text: string | null | undefined): { seq: number; hash: string } | undefined {
  const m = PATTERN.exec(text ?? '');
  return m ? { seq: Number(m[1]), hash: m[2]! } : undefined;
}

/** The UTC day of a time (`YYYY-MM-DD`); Jira's `+0000` offset is read like `Z`. */
export const utcDay = (at: string): string => new Date(at.replace(/\+0000$/, 'Z')).toISOString().slice(0, 10);
